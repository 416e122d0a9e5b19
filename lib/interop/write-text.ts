import { writeCsv } from "@/lib/csv/write-csv";
import type { ExportQuestion } from "./export-question";

/**
 * Term<TAB>definition per line, as Quizlet's "Import" box and Anki's text importer expect. A cell holding a
 * tab, line break or quote is quoted (both importers read quoted cells); formula-like cells are neutralised.
 */
export function writeTsv(questions: ExportQuestion[]): string {
  return writeCsv(null, questions.map((q) => [q.prompt, q.answer]), { delimiter: "\t", lineEnd: "\n" });
}

export const BRIEFDECK_CSV_COLUMNS = ["front", "back", "kind", "choices", "tags", "source"] as const;

/** Briefdeck's own CSV (front,back,kind,choices,tags,source): every field kept, re-importable as is. */
export function writeBriefdeckCsv(questions: ExportQuestion[]): string {
  return writeCsv(
    BRIEFDECK_CSV_COLUMNS,
    questions.map((q) => [q.prompt, q.answer, q.kind, q.choices.join("|"), q.tags.join("|"), q.sourceSentence]),
  );
}
