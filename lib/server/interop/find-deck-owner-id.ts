import "server-only";
import { db } from "@/lib/server/db/client";

/** For admin scripts: who owns a (non-deleted) deck, so the export runs with the owner's own rights. */
export async function findDeckOwnerId(deckId: string): Promise<string | null> {
  const deck = await db.deck.findFirst({ where: { id: deckId, deletedAt: null }, select: { ownerId: true } });
  return deck?.ownerId ?? null;
}
