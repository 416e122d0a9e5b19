import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { ownedDeckWhere } from "./owned-deck-where";

export type OwnedDeck = { id: string; title: string; visibility: string; questionCount: number };

/** The viewer's own decks (for export), newest first. */
export async function listOwnedDecks(viewer: Viewer): Promise<OwnedDeck[]> {
  const decks = await db.deck.findMany({
    where: ownedDeckWhere(viewer),
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, visibility: true, _count: { select: { questions: { where: { deletedAt: null, status: { not: "rejected" } } } } } },
  });
  return decks.map((d) => ({ id: d.id, title: d.title, visibility: d.visibility, questionCount: d._count.questions }));
}
