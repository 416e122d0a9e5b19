import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "@/lib/server/decks/deck-access";
import { writeBriefdeckCsv } from "@/lib/interop/write-text";
import { parseStringList } from "./question-view";

/** The deck's non-rejected questions as CSV (front,back,kind,choices,tags,source); re-importable as is. */
export async function exportDeckCsv(viewer: Viewer, deckId: string): Promise<{ title: string; csv: string }> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: deckId }, editableDeckWhere(viewer)] }, select: { id: true, title: true } });
  if (!deck) throw notFound("Deck");
  const rows = await db.question.findMany({
    where: { deckId: deck.id, deletedAt: null, status: { not: "rejected" } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const csv = writeBriefdeckCsv(
    rows.map((q) => ({ ...q, choices: parseStringList(q.choices), tags: parseStringList(q.tags) })),
  );
  return { title: deck.title, csv };
}
