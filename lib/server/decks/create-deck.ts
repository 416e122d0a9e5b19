import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { newDeckStatus } from "./new-deck-status";

/** A new empty private deck owned by the viewer (any signed-in role: learners write their own decks by hand). */
export async function createDeck(viewer: Viewer, input: { title: string; description: string }): Promise<{ id: string }> {
  const deck = await db.deck.create({
    data: { ownerId: viewer.id, title: input.title, description: input.description, status: newDeckStatus(viewer), visibility: "private" },
    select: { id: true },
  });
  return deck;
}
