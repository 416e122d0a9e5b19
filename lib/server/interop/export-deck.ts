import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { parseStringList } from "@/lib/server/questions/question-view";
import { writeApkg } from "@/lib/interop/write-apkg";
import { writeBriefdeckCsv, writeTsv } from "@/lib/interop/write-text";
import { ownedDeckWhere } from "./owned-deck-where";

export const EXPORT_FORMATS = ["apkg", "tsv", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type DeckFile = { fileName: string; contentType: string; body: Buffer };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  apkg: "application/octet-stream",
  tsv: "text/tab-separated-values; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "deck";
}

/** One of the viewer's own decks as an Anki package, Quizlet-style TSV or Briefdeck CSV; a stranger's deck is "not found". */
export async function exportDeck(viewer: Viewer, deckId: string, format: ExportFormat): Promise<DeckFile> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: deckId }, ownedDeckWhere(viewer)] }, select: { id: true, title: true } });
  if (!deck) throw notFound("Deck");
  const rows = await db.question.findMany({
    where: { deckId: deck.id, deletedAt: null, status: { not: "rejected" } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, kind: true, prompt: true, answer: true, choices: true, tags: true, sourceSentence: true },
  });
  const questions = rows.map((q) => ({ ...q, choices: parseStringList(q.choices), tags: parseStringList(q.tags) }));
  const body =
    format === "apkg" ? await writeApkg(deck.title, questions) : Buffer.from(format === "tsv" ? writeTsv(questions) : writeBriefdeckCsv(questions), "utf8");
  return { fileName: `${slug(deck.title)}.${format}`, contentType: CONTENT_TYPES[format], body };
}
