import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { StudySession } from "@/components/study/study-session";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getStudySession, type StudySession as Session } from "@/lib/server/study/get-study-session";
import { orNotFound } from "@/lib/server/or-not-found";

type Props = { params: Promise<{ deckId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// ?focus=<questionId>: start with that question (from "Hardest questions"); anything else is ignored.
const focusParam = z.string().min(1).max(64).optional().catch(undefined);

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage({ params, searchParams }: Props) {
  const { deckId } = await params;
  const focusQuestionId = focusParam.parse((await searchParams).focus);
  const viewer = await requireViewer(undefined, `/study/${deckId}`);
  const session: Session = await orNotFound(getStudySession(viewer, deckId, { focusQuestionId }));
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
        initial={{ card: session.card, upcoming: session.upcoming, counts: session.counts, nextDue: session.nextDue }}
        doneToday={session.doneToday}
      />
    </div>
  );
}
