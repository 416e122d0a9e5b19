import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { invalid, notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "@/lib/server/decks/deck-access";
import { parseDeckCsv, type CsvRowError } from "./parse-deck-csv";
export type ImportResult = { ok: true; imported: number } | { ok: false; errors: CsvRowError[] };

/**
 * All-or-nothing import: every row is validated first; if any is bad nothing is written and every bad row
 * is reported with its line number. Otherwise all rows are inserted in one transaction as approved questions.
 */
export async function importQuestionsCsv(viewer: Viewer, deckId: string, csv: string): Promise<ImportResult> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: deckId }, editableDeckWhere(viewer)] }, select: { id: true } });
  if (!deck) throw notFound("Deck");
  if (!csv.trim()) throw invalid("The CSV file is empty.");
  const parsed = parseDeckCsv(csv);
  if (!parsed.ok) return parsed;
  const data = parsed.questions;

  await db.$transaction(async (tx) => {
    const last = await tx.question.aggregate({ where: { deckId: deck.id }, _max: { position: true } });
    const start = (last._max.position ?? -1) + 1;
    await tx.question.createMany({ data: data.map((d, i) => ({ ...d, deckId: deck.id, family: "csv", status: "approved", position: start + i })) });
  });
  return { ok: true, imported: data.length };
}
