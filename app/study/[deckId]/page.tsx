import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StudySession } from "@/components/study/study-session";
import { requireViewer } from "@/lib/server/auth/viewer";
import { AppError } from "@/lib/server/errors";
import { getStudySession, type StudySession as Session } from "@/lib/server/study/get-study-session";

type Props = { params: Promise<{ deckId: string }> };

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage({ params }: Props) {
  const { deckId } = await params;
  const viewer = await requireViewer(undefined, `/study/${deckId}`);
  let session: Session;
  try {
    session = await getStudySession(viewer, deckId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <header className="space-y-1">
        <Link href={`/decks/${session.deck.id}`} className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
          ← {session.deck.title}
        </Link>
        <h1 className="text-2xl font-bold tracking-tight">Study</h1>
      </header>
      <StudySession
        key={session.deck.id}
        deckId={session.deck.id}
        initial={{ card: session.card, counts: session.counts, nextDue: session.nextDue }}
        doneToday={session.doneToday}
      />
    </div>
  );
}
