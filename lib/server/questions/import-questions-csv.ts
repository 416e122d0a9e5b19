import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { invalid, notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "@/lib/server/decks/deck-access";
import { CsvSyntaxError, parseCsv } from "@/lib/csv/parse-csv";
import { questionContentSchema, toQuestionData } from "./question-input";

export const DECK_CSV_COLUMNS = ["front", "back", "kind", "choices", "tags", "source"] as const;
export type CsvRowError = { line: number; reason: string };
export type ImportResult = { ok: true; imported: number } | { ok: false; errors: CsvRowError[] };

const split = (cell: string) => cell.split("|").map((s) => s.trim()).filter(Boolean);

/**
 * All-or-nothing import: every row is validated first; if any is bad nothing is written and every bad row
 * is reported with its line number. Otherwise all rows are inserted in one transaction as approved questions.
 */
export async function importQuestionsCsv(viewer: Viewer, deckId: string, csv: string): Promise<ImportResult> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: deckId }, editableDeckWhere(viewer)] }, select: { id: true } });
  if (!deck) throw notFound("Deck");
  if (!csv.trim()) throw invalid("The CSV file is empty.");
  let records;
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, errors: [{ line: error.line, reason: error.message.replace(/^Line \d+: /, "") }] };
    throw error;
  }
  const [header, ...rows] = records;
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const missing = DECK_CSV_COLUMNS.filter((c) => c !== "source" && c !== "choices" && c !== "tags" && !names.includes(c));
  if (!header || missing.length) {
    return { ok: false, errors: [{ line: header?.line ?? 1, reason: `The header row must name the columns ${DECK_CSV_COLUMNS.join(",")} (missing: ${missing.join(", ") || "all"}).` }] };
  }
  if (rows.length === 0) return { ok: false, errors: [{ line: header.line, reason: "There are no question rows under the header." }] };
  if (rows.length > 2000) return { ok: false, errors: [{ line: header.line, reason: "At most 2,000 questions per import." }] };

  const col = (fields: string[], name: string) => {
    const i = names.indexOf(name);
    return i >= 0 ? (fields[i] ?? "") : "";
  };
  const errors: CsvRowError[] = [];
  const data: ReturnType<typeof toQuestionData>[] = [];
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      errors.push({ line: row.line, reason: `Expected ${names.length} fields, found ${row.fields.length}.` });
      continue;
    }
    const kind = col(row.fields, "kind").trim() || "flashcard";
    const parsed = questionContentSchema.safeParse({
      kind,
      prompt: col(row.fields, "front"),
      answer: col(row.fields, "back"),
      choices: split(col(row.fields, "choices")),
      tags: split(col(row.fields, "tags")),
      sourceSentence: col(row.fields, "source"),
    });
    if (!parsed.success) {
      const fieldName: Record<string, string> = { prompt: "front", answer: "back", kind: "kind", choices: "choices", tags: "tags", sourceSentence: "source" };
      const reason = parsed.error.issues
        .map((i) => `${fieldName[String(i.path[0])] ?? String(i.path[0] ?? "row")}: ${i.path[0] === "kind" ? `"${kind}" is not one of flashcard, multiple_choice, cloze, typed.` : i.message}`)
        .join(" ");
      errors.push({ line: row.line, reason });
      continue;
    }
    data.push(toQuestionData(parsed.data));
  }
  if (errors.length) return { ok: false, errors };

  await db.$transaction(async (tx) => {
    const last = await tx.question.aggregate({ where: { deckId: deck.id }, _max: { position: true } });
    const start = (last._max.position ?? -1) + 1;
    await tx.question.createMany({ data: data.map((d, i) => ({ ...d, deckId: deck.id, family: "csv", status: "approved", position: start + i })) });
  });
  return { ok: true, imported: data.length };
}
