import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { conflict, forbidden, notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "./deck-access";
import { publishableDeckWhere } from "./publishable-deck-where";

export type DeckSettings = {
  title?: string;
  description?: string;
  visibility?: "private" | "class" | "public";
  status?: "draft" | "published";
};

/**
 * Updates deck settings; publishing needs at least one approved question (only approved ones are studied).
 * Changing status or visibility is publishing, which only instructors and admins may do (publishableDeckWhere);
 * anyone may rename their own editable deck. Keeping a private deck private is not publishing.
 */
export async function updateDeck(viewer: Viewer, deckId: string, settings: DeckSettings): Promise<{ id: string; status: string }> {
  const publishing = settings.status !== undefined || (settings.visibility !== undefined && settings.visibility !== "private");
  const deck = await db.deck.findFirst({
    where: { AND: [{ id: deckId }, editableDeckWhere(viewer), ...(publishing ? [publishableDeckWhere(viewer)] : [])] },
    select: { id: true },
  });
  if (!deck) {
    // Said for any deck id, so it reveals nothing about the deck.
    if (publishing && viewer.role === "learner") throw forbidden("Only instructors publish decks. Your own decks stay private to you.");
    throw notFound("Deck");
  }
  if (settings.status === "published") {
    const approved = await db.question.count({ where: { deckId, deletedAt: null, status: "approved" } });
    if (approved === 0) throw conflict("Approve at least one question before publishing: learners only study approved questions.");
  }
  const updated = await db.deck.update({ where: { id: deck.id }, data: settings, select: { id: true, status: true } });
  return updated;
}
