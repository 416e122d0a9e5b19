import "server-only";
import { CsvSyntaxError, parseCsv } from "@/lib/csv/parse-csv";
import { BRIEFDECK_CSV_COLUMNS as DECK_CSV_COLUMNS } from "@/lib/interop/write-text";
import { questionContentSchema, toQuestionData } from "./question-input";

export type CsvRowError = { line: number; reason: string };
type QuestionData = ReturnType<typeof toQuestionData>;

const split = (cell: string) => cell.split("|").map((s) => s.trim()).filter(Boolean);

/**
 * A deck CSV (Briefdeck's own columns, as writeBriefdeckCsv writes them) read into question rows, every row
 * validated as the question editor validates it: all rows, or every bad row with its line number. Writes nothing.
 */
export function parseDeckCsv(csv: string): { ok: true; questions: QuestionData[] } | { ok: false; errors: CsvRowError[] } {
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
  const data: QuestionData[] = [];
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
  return { ok: true, questions: data };
}
