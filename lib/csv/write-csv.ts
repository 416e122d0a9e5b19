import { guardFormula } from "./formula-guard";

export type CsvCell = string | number | null | undefined;

/** Comma-separated with CRLF (RFC 4180) unless told otherwise; the tab-separated export for Quizlet/Anki uses "\t" and "\n". */
export type CsvLayout = { delimiter?: "," | "\t" | ";"; lineEnd?: "\r\n" | "\n" };

/**
 * One cell: text that a spreadsheet would run as a formula is prefixed with an apostrophe (numbers are written as
 * numbers, negative ones included), then quoted only when it has to be (the delimiter, a quote, a line break, or
 * leading/trailing space).
 */
export function csvField(value: CsvCell, delimiter: CsvLayout["delimiter"] = ","): string {
  const text = value === null || value === undefined ? "" : typeof value === "number" ? String(value) : guardFormula(value);
  const mustQuote = text.includes(delimiter) || /["\r\n]|^\s|\s$/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line without its line ending, for writers that stream rows. */
export function csvRow(row: readonly CsvCell[], delimiter: CsvLayout["delimiter"] = ","): string {
  return row.map((cell) => csvField(cell, delimiter)).join(delimiter);
}

/**
 * The app's one CSV/TSV writer (gradebook, deck exports, review export, the Quizlet-style text export): header row
 * first when there is one, formula-safe cells. Round-trips exactly through parseCsv and the text importer.
 */
export function writeCsv(header: readonly string[] | null, rows: readonly (readonly CsvCell[])[], layout: CsvLayout = {}): string {
  const lineEnd = layout.lineEnd ?? "\r\n";
  return [...(header ? [header] : []), ...rows].map((row) => csvRow(row, layout.delimiter)).join(lineEnd) + lineEnd;
}
