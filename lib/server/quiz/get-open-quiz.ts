import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { parseStringList } from "@/lib/server/questions/question-view";
import { toQuizQuestionViews } from "./quiz-question-views";
import type { OpenQuiz } from "./quiz-types";

/** A quiz older than this is not offered for resuming (it stays unfinished in the history). */
const RESUME_WITHIN_MS = 24 * 3_600_000;

/**
 * The viewer's latest unfinished quiz on this deck, so a reload or a closed tab carries on where it
 * stopped: the questions (still without answers) and which were already answered. Null when none.
 */
export async function getOpenQuiz(viewer: Viewer, deckId: string, now = new Date()): Promise<OpenQuiz | null> {
  const attempt = await db.quizAttempt.findFirst({
    where: { userId: viewer.id, deckId, finishedAt: null, startedAt: { gte: new Date(now.getTime() - RESUME_WITHIN_MS) } },
    orderBy: { startedAt: "desc" },
    select: { id: true, questionIds: true, timeLimitSec: true, startedAt: true, answers: { select: { questionId: true } } },
  });
  if (!attempt) return null;
  const ids = parseStringList(attempt.questionIds);
  const rows = await db.question.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true, prompt: true, choices: true } });
  const byId = new Map(rows.map((q) => [q.id, q]));
  // Keep the attempt's order; a question deleted since is left out (finishing skips it too).
  const questions = toQuizQuestionViews(attempt.id, ids.flatMap((id) => byId.get(id) ?? []));
  if (questions.length === 0) return null;
  return {
    quiz: { attemptId: attempt.id, questions, timeLimitSec: attempt.timeLimitSec, startedAt: attempt.startedAt.toISOString() },
    answeredQuestionIds: attempt.answers.map((a) => a.questionId),
  };
}
