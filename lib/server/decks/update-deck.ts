import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { conflict, notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "./deck-access";

export type DeckSettings = {
  title?: string;
  description?: string;
  visibility?: "private" | "class" | "public";
  status?: "draft" | "published";
};

/** Updates deck settings; publishing needs at least one approved question (only approved ones are studied). */
export async function updateDeck(viewer: Viewer, deckId: string, settings: DeckSettings): Promise<{ id: string; status: string }> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: deckId }, editableDeckWhere(viewer)] }, select: { id: true } });
  if (!deck) throw notFound("Deck");
  if (settings.status === "published") {
    const approved = await db.question.count({ where: { deckId, deletedAt: null, status: "approved" } });
    if (approved === 0) throw conflict("Approve at least one question before publishing: learners only study approved questions.");
  }
  const updated = await db.deck.update({ where: { id: deck.id }, data: settings, select: { id: true, status: true } });
  return updated;
}
