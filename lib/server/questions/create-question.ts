import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "@/lib/server/decks/deck-access";
import { toQuestionData, type QuestionContent } from "./question-input";

/** Adds a hand-written question at the end of one of the instructor's decks (approved: the author wrote it). */
export async function createQuestion(viewer: Viewer, deckId: string, content: QuestionContent): Promise<{ id: string }> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: deckId }, editableDeckWhere(viewer)] }, select: { id: true } });
  if (!deck) throw notFound("Deck");
  const last = await db.question.aggregate({ where: { deckId: deck.id }, _max: { position: true } });
  return db.question.create({
    data: { ...toQuestionData(content), deckId: deck.id, family: "manual", score: 1, status: "approved", position: (last._max.position ?? -1) + 1 },
    select: { id: true },
  });
}
