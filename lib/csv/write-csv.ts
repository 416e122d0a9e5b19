import { guardFormula } from "./formula-guard";

export type CsvCell = string | number | null | undefined;

/**
 * One cell: text that a spreadsheet would run as a formula is prefixed with an apostrophe (numbers are written as
 * numbers, negative ones included), then quoted only when it has to be (comma, quote, line break, or
 * leading/trailing space).
 */
export function csvField(value: CsvCell): string {
  const text = value === null || value === undefined ? "" : typeof value === "number" ? String(value) : guardFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line without its line ending, for writers that stream rows. */
export function csvRow(row: readonly CsvCell[]): string {
  return row.map(csvField).join(",");
}

/**
 * The app's one CSV writer (gradebook, deck export, review export): RFC 4180 output, CRLF line endings, header
 * row first, formula-safe cells. Round-trips exactly through parseCsv.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map(csvRow).join("\r\n") + "\r\n";
}
