import "server-only";
import { articleSourceHref } from "@/lib/article-source-href";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { parseStringList } from "@/lib/server/questions/question-view";
import type { QuizResult } from "./quiz-types";

/** Ends a quiz (idempotent) and returns the score with every answer and its source sentence. */
export async function finishQuiz(viewer: Viewer, attemptId: string): Promise<QuizResult> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    select: { id: true, questionIds: true, countAsReview: true, answers: { select: { questionId: true, answer: true, correct: true } } },
  });
  if (!attempt) throw notFound("Quiz");
  const ids = parseStringList(attempt.questionIds);
  const questions = await db.question.findMany({
    where: { id: { in: ids } },
    select: { id: true, kind: true, prompt: true, answer: true, sourceSentence: true, articleId: true, sourceStart: true, sourceEnd: true },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const items = ids.flatMap((id) => {
    const q = byId.get(id);
    if (!q) return [];
    const a = answers.get(id);
    return [
      {
        questionId: id,
        prompt: q.prompt,
        kind: q.kind,
        yourAnswer: a?.answer ?? null,
        correctAnswer: q.answer,
        correct: a?.correct ?? false,
        sourceSentence: q.sourceSentence,
        sourceHref: q.articleId ? articleSourceHref(q.articleId, q.sourceStart, q.sourceEnd) : null,
      },
    ];
  });
  const score = items.filter((i) => i.correct).length;
  // Only the first finish stamps the time; a repeat returns the same result.
  await db.quizAttempt.updateMany({ where: { id: attempt.id, finishedAt: null }, data: { finishedAt: new Date(), correctCount: score } });
  return { attemptId: attempt.id, score, total: items.length, countAsReview: attempt.countAsReview, items };
}
