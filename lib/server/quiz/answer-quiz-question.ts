import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { AppError, conflict, notFound } from "@/lib/server/errors";
import { parseStringList } from "@/lib/server/questions/question-view";
import { gradeAnswer } from "@/lib/server/study/grade-answer";
import { isWriteRace } from "@/lib/server/study/is-write-race";
import { saveReview } from "@/lib/server/study/save-review";
import { suggestRating } from "@/lib/srs/auto-rating";
import { RATING_VALUE } from "@/lib/srs/ratings";

/** Seconds of network slack after a timed quiz's deadline before answers stop counting. */
const GRACE_SEC = 10;

/**
 * Records (and grades, server-side) one quiz answer; the verdict is not returned, so nothing
 * can be peeked before the end. Idempotent: the first answer to a question stands. With
 * "count as review", the answer also goes through the study save path (type "quiz").
 */
export async function answerQuizQuestion(
  viewer: Viewer,
  input: { attemptId: string; questionId: string; answer: string; idempotencyKey: string; durationMs: number },
): Promise<{ recorded: true; answered: number }> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: input.attemptId, userId: viewer.id },
    select: { id: true, questionIds: true, finishedAt: true, startedAt: true, timeLimitSec: true, countAsReview: true },
  });
  if (!attempt) throw notFound("Quiz");
  if (attempt.finishedAt) throw conflict("This quiz has already finished.");
  if (!parseStringList(attempt.questionIds).includes(input.questionId)) throw notFound("Question");
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: { id: true, kind: true, answer: true, acceptedAnswers: true },
  });
  if (!question) throw notFound("Question");

  const late = attempt.timeLimitSec !== null && Date.now() > attempt.startedAt.getTime() + (attempt.timeLimitSec + GRACE_SEC) * 1000;
  const answer = input.answer.trim();
  // A quiz answer is never self-rated: were a kind not auto-graded (none is quizzed today), it counts as Again, i.e. wrong.
  const correct = !late && answer !== "" && gradeAnswer({ ...question, acceptedAnswers: parseStringList(question.acceptedAnswers) }, answer, RATING_VALUE.again);
  let fresh = true;
  try {
    await db.quizAnswer.create({
      data: { idempotencyKey: input.idempotencyKey, attemptId: attempt.id, questionId: question.id, answer, correct, durationMs: input.durationMs },
      select: { id: true },
    });
  } catch (error) {
    if (!isWriteRace(error)) throw error;
    fresh = false;
  }
  if (fresh && attempt.countAsReview && !late) {
    const kind = question.kind === "multiple_choice" ? "multipleChoice" : "typed";
    const rating = RATING_VALUE[suggestRating({ correct, kind, responseMs: input.durationMs }).rating];
    try {
      await saveReview(
        viewer,
        { questionId: question.id, rating, idempotencyKey: `quiz:${attempt.id}:${question.id}`, expectedVersion: "current", answer, durationMs: input.durationMs, type: "quiz" },
      );
    } catch (error) {
      // A concurrent study answer on the same card wins; the quiz answer itself is recorded.
      if (!(error instanceof AppError && error.status === 409)) throw error;
    }
  }
  const answered = await db.quizAnswer.count({ where: { attemptId: attempt.id } });
  return { recorded: true, answered };
}
