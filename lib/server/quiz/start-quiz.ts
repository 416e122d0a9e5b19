import "server-only";
import { randomInt } from "node:crypto";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { invalid, notFound } from "@/lib/server/errors";
import { QUIZ_KINDS, QUIZ_SECONDS_PER_QUESTION, type StartedQuiz } from "./quiz-types";
import { toQuizQuestionViews } from "./quiz-question-views";

/** Starts a quiz of `count` random auto-gradable questions; answers stay on the server until it ends. */
export async function startQuiz(
  viewer: Viewer,
  input: { deckId: string; count: number; timed: boolean; countAsReview: boolean },
): Promise<StartedQuiz> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: input.deckId }, visibleDeckWhere(viewer)] }, select: { id: true } });
  if (!deck) throw notFound("Deck");
  const pool = await db.question.findMany({
    where: { deckId: deck.id, status: "approved", deletedAt: null, kind: { in: [...QUIZ_KINDS] } },
    select: { id: true, kind: true, prompt: true, choices: true },
  });
  if (pool.length === 0) throw invalid("This deck has no multiple-choice or typed questions to quiz on.");
  // Fisher–Yates with a CSPRNG, then take the first `count`.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
  }
  const picked = pool.slice(0, input.count);
  const timeLimitSec = input.timed ? QUIZ_SECONDS_PER_QUESTION * picked.length : null;
  const attempt = await db.quizAttempt.create({
    data: {
      userId: viewer.id,
      deckId: deck.id,
      questionIds: JSON.stringify(picked.map((q) => q.id)),
      timeLimitSec,
      countAsReview: input.countAsReview,
    },
    select: { id: true, startedAt: true },
  });
  const questions = toQuizQuestionViews(attempt.id, picked);
  return { attemptId: attempt.id, questions, timeLimitSec, startedAt: attempt.startedAt.toISOString() };
}
