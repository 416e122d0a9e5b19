import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { conflict, notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "@/lib/server/decks/deck-access";
import { toQuestionData, type QuestionContent } from "./question-input";

/**
 * Saves an edit. `expectedUpdatedAt` is the version the editor loaded: a stale tab gets a 409 instead of
 * silently overwriting. Learners keep their progress unless the answer changed and the instructor asked
 * to reset it (their Card rows go; the review log stays).
 */
export async function updateQuestion(
  viewer: Viewer,
  questionId: string,
  content: QuestionContent,
  options: { expectedUpdatedAt: string; resetProgress: boolean },
): Promise<{ id: string; resetCards: number; updatedAt: string }> {
  const question = await db.question.findFirst({
    where: { id: questionId, deletedAt: null, deck: editableDeckWhere(viewer) },
    select: { id: true, answer: true, sourceSentence: true, updatedAt: true },
  });
  if (!question) throw notFound("Question");
  const expected = new Date(options.expectedUpdatedAt);
  return db.$transaction(async (tx) => {
    const data = toQuestionData(content);
    // Offsets locate the old sentence in the article; a rewritten sentence no longer matches them.
    const offsets = data.sourceSentence !== question.sourceSentence ? { sourceStart: null, sourceEnd: null } : {};
    const result = await tx.question.updateMany({ where: { id: question.id, updatedAt: expected }, data: { ...data, ...offsets } });
    if (result.count === 0) throw conflict("This question was changed in another tab or by someone else. Reload to see the latest version, then edit again.");
    let resetCards = 0;
    if (options.resetProgress && data.answer !== question.answer) {
      resetCards = (await tx.card.deleteMany({ where: { questionId: question.id } })).count;
    }
    const saved = await tx.question.findUniqueOrThrow({ where: { id: question.id }, select: { updatedAt: true } });
    return { id: question.id, resetCards, updatedAt: saved.updatedAt.toISOString() };
  });
}
