import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { requireViewer } from "@/lib/server/auth/viewer";
import { AppError } from "@/lib/server/errors";
import { getQuizSetup } from "@/lib/server/quiz/get-quiz-setup";
import { answerQuizAction, finishQuizAction, startQuizAction } from "./actions";

type Props = { params: Promise<{ deckId: string }> };

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: Props) {
  const { deckId } = await params;
  const viewer = await requireViewer(undefined, `/decks/${deckId}/quiz`);
  let setup: Awaited<ReturnType<typeof getQuizSetup>>;
  try {
    setup = await getQuizSetup(viewer, deckId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <header className="space-y-1">
        <Link href={`/decks/${setup.deck.id}`} className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
          ← {setup.deck.title}
        </Link>
        <h1 className="text-2xl font-bold tracking-tight">Quiz</h1>
      </header>
      <QuizRunner
        deckId={setup.deck.id}
        available={setup.available}
        actions={{ start: startQuizAction, answer: answerQuizAction, finish: finishQuizAction }}
      />
    </div>
  );
}
