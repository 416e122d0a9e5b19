import Papa from "papaparse";
import type { ExportQuestion } from "./export-question";
import { escapeCell } from "./spreadsheet-safe";

/**
 * Term<TAB>definition per line, as Quizlet's "Import" box and Anki's text importer expect. A cell holding a
 * tab, line break or quote is quoted (both importers read quoted cells); formula-like cells are neutralised.
 */
export function writeTsv(questions: ExportQuestion[]): string {
  return Papa.unparse(
    questions.map((q) => [escapeCell(q.prompt), escapeCell(q.answer)]),
    { delimiter: "\t", newline: "\n", quotes: false, escapeFormulae: false },
  ) + "\n";
}

export const BRIEFDECK_CSV_COLUMNS = ["front", "back", "kind", "choices", "tags", "source"] as const;

/** Briefdeck's own CSV (front,back,kind,choices,tags,source): every field kept, re-importable as is. */
export function writeBriefdeckCsv(questions: ExportQuestion[]): string {
  return Papa.unparse(
    {
      fields: [...BRIEFDECK_CSV_COLUMNS],
      data: questions.map((q) => [q.prompt, q.answer, q.kind, q.choices.join("|"), q.tags.join("|"), q.sourceSentence].map(escapeCell)),
    },
    { newline: "\r\n", escapeFormulae: false },
  ) + "\r\n";
}
