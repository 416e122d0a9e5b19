import Papa from "papaparse";
import type { ImportedItem, ImportParseResult, SkippedItem } from "./imported-item";
import { InteropError } from "./interop-error";
import { DEFAULT_TEXT_ROW_LIMIT, formatBytes } from "./limits";
import { unguardFormula } from "@/lib/csv/formula-guard";

/** Quizlet's own export choices: "\t", ",", ";" or any string; rows on "\n", ";" or any string. */
export type TextSeparators = { field: string; row: string };
export type TextImportOptions = { field?: string | "auto"; row?: string | "auto"; maxRows?: number; maxBytes?: number; title?: string };
export type TextImportResult = ImportParseResult & { separators: TextSeparators; preview: [string, string][]; rowCount: number };

const FIELD_CANDIDATES = ["\t", ";", ","];
const SAMPLE_ROWS = 30;
const PREVIEW_ROWS = 5;
const HEADER_COLUMNS = ["front", "back", "kind", "choices", "tags", "source"];
const KINDS = new Set(["flashcard", "cloze", "typed", "multiple_choice"]);

function splitRows(text: string, row: string): string[] {
  return row === "\n" ? text.split(/\r?\n/) : text.split(row);
}

/**
 * Picks the separators a file most plausibly uses: rows on line breaks when there are any (else ";"), then
 * the field separator that gives the most sample rows exactly two fields (ties to tab, then ";", then ",").
 */
export function detectSeparators(text: string, given: { field?: string; row?: string } = {}): TextSeparators {
  const field = given.field && given.field !== "auto" ? given.field : null;
  let row = given.row && given.row !== "auto" ? given.row : null;
  if (!row) row = /\r?\n/.test(text.trim()) || field === ";" ? "\n" : text.includes(";") ? ";" : "\n";
  if (field) return { field, row };
  const sample = splitRows(text, row).filter((r) => r.trim()).slice(0, SAMPLE_ROWS);
  let best = { field: "\t", score: -1 };
  for (const candidate of FIELD_CANDIDATES) {
    if (candidate === row) continue;
    let score = 0;
    for (const line of sample) {
      const count = line.split(candidate).length;
      score += count === 2 ? 2 : count > 2 ? 1 : 0;
    }
    if (score > best.score) best = { field: candidate, score };
  }
  return { field: best.field, row };
}

/**
 * Parses a term/definition text export (Quizlet, Anki "Notes in Plain Text", spreadsheets, Briefdeck CSV)
 * with papaparse. Stops with a clear error past the row cap instead of parsing the rest.
 */
export function parseText(input: string, options: TextImportOptions = {}): TextImportResult {
  const maxRows = options.maxRows ?? DEFAULT_TEXT_ROW_LIMIT;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const bytes = Buffer.byteLength(input, "utf8");
  if (bytes > maxBytes) throw new InteropError(`The text is ${formatBytes(bytes)}; at most ${formatBytes(maxBytes)} are accepted.`);
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  if (!text.trim()) throw new InteropError("The file is empty.");
  for (const sep of [options.field, options.row]) {
    if (sep !== undefined && sep !== "auto" && (sep.length === 0 || sep.length > 10)) throw new InteropError("A custom separator must be 1 to 10 characters.");
  }
  const separators = detectSeparators(text, { field: options.field, row: options.row });
  if (separators.field === separators.row) throw new InteropError("The term and row separators must differ.");

  const rows: string[][] = [];
  let tooMany = false;
  if (separators.row === "\n") {
    Papa.parse<string[]>(text, {
      delimiter: separators.field,
      skipEmptyLines: "greedy",
      step: (result, parser) => {
        if (rows.length >= maxRows + 1) {
          tooMany = true;
          parser.abort();
          return;
        }
        rows.push(result.data);
      },
    });
  } else {
    // papaparse only splits rows on line breaks, so a custom row separator is split here and each row parsed alone.
    for (const chunk of text.split(separators.row)) {
      if (!chunk.trim()) continue;
      if (rows.length >= maxRows + 1) {
        tooMany = true;
        break;
      }
      const parsed = Papa.parse<string[]>(chunk.replace(/\r?\n/g, " ").trim(), { delimiter: separators.field });
      rows.push(parsed.data[0] ?? []);
    }
  }
  // One extra row is allowed for a header line.
  if (tooMany) throw new InteropError(`The file has more than ${maxRows.toLocaleString("en")} rows; split it into smaller files.`);

  const first = rows[0]?.map((c) => c.trim().toLowerCase()) ?? [];
  const hasHeader = first.includes("front") && first.includes("back") && first.every((c) => HEADER_COLUMNS.includes(c));
  const column = (name: string) => (hasHeader ? first.indexOf(name) : name === "front" ? 0 : name === "back" ? 1 : -1);
  const [front, back, kindAt, choicesAt, tagsAt, sourceAt] = HEADER_COLUMNS.map(column) as [number, number, number, number, number, number];
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length > maxRows) throw new InteropError(`The file has more than ${maxRows.toLocaleString("en")} rows; split it into smaller files.`);

  const items: ImportedItem[] = [];
  const skipped: SkippedItem[] = [];
  const cell = (row: string[], at: number) => (at >= 0 ? unguardFormula((row[at] ?? "").trim()) : "");
  body.forEach((row, i) => {
    const origin = `row ${i + 1 + (hasHeader ? 1 : 0)}`;
    const prompt = cell(row, front);
    const answer = cell(row, back);
    if (!prompt || !answer) {
      skipped.push({ item: origin, reason: row.length < 2 ? `no ${separatorName(separators.field)} between term and definition` : "the term or the definition is empty" });
      return;
    }
    const kind = cell(row, kindAt) || "flashcard";
    if (!KINDS.has(kind)) {
      skipped.push({ item: origin, reason: `"${kind}" is not one of flashcard, multiple_choice, cloze, typed` });
      return;
    }
    const list = (value: string) => value.split("|").map((s) => s.trim()).filter(Boolean);
    items.push({
      kind: kind as ImportedItem["kind"],
      prompt,
      answer,
      tags: list(cell(row, tagsAt)),
      sourceSentence: cell(row, sourceAt),
      ...(kind === "multiple_choice" ? { choices: list(cell(row, choicesAt)) } : {}),
      origin,
    });
  });
  return {
    title: options.title ?? "Imported deck",
    format: "text",
    items,
    skipped,
    separators,
    preview: items.slice(0, PREVIEW_ROWS).map((item) => [item.prompt, item.answer]),
    rowCount: body.length,
  };
}

export function separatorName(separator: string): string {
  return separator === "\t" ? "tab" : separator === "," ? "comma" : separator === ";" ? "semicolon" : separator === "\n" ? "line break" : `"${separator}"`;
}
