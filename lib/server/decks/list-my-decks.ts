import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { editableDeckWhere } from "./deck-access";

export type MyDeckSummary = {
  id: string;
  title: string;
  status: string;
  visibility: string;
  approvedCount: number;
  draftCount: number;
  updatedAt: Date;
};

/** The viewer's own editable decks (drafts included), most recently edited first: an instructor's or a learner's. */
export async function listMyDecks(viewer: Viewer): Promise<MyDeckSummary[]> {
  const decks = await db.deck.findMany({
    where: editableDeckWhere(viewer),
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, status: true, visibility: true, updatedAt: true },
  });
  const counts = await db.question.groupBy({
    by: ["deckId", "status"],
    where: { deckId: { in: decks.map((d) => d.id) }, deletedAt: null },
    _count: { _all: true },
  });
  const count = (deckId: string, status: string) => counts.find((c) => c.deckId === deckId && c.status === status)?._count._all ?? 0;
  return decks.map((d) => ({ ...d, approvedCount: count(d.id, "approved"), draftCount: count(d.id, "draft") }));
}
