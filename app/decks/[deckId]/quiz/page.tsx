import type { Metadata } from "next";
import Link from "next/link";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getQuizSetup } from "@/lib/server/quiz/get-quiz-setup";
import { answerQuizAction, finishQuizAction, startQuizAction } from "./actions";
import { orNotFound } from "@/lib/server/or-not-found";

type Props = { params: Promise<{ deckId: string }> };

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: Props) {
  const { deckId } = await params;
  const viewer = await requireViewer(undefined, `/decks/${deckId}/quiz`);
  const setup: Awaited<ReturnType<typeof getQuizSetup>> = await orNotFound(getQuizSetup(viewer, deckId));
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
        open={setup.open}
        actions={{ start: startQuizAction, answer: answerQuizAction, finish: finishQuizAction }}
      />
    </div>
  );
}
