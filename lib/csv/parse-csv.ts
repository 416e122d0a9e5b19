import { unguardFormula } from "./formula-guard";

/** One parsed record with the 1-based line number it starts on (for error messages). */
export type CsvRecord = { line: number; fields: string[] };

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
  }
}

/**
 * RFC 4180 parser: comma separated, double-quoted fields may hold commas, quotes ("") and line
 * breaks; CRLF or LF line endings. Blank lines are skipped. Throws CsvSyntaxError on a stray quote.
 * Takes off the apostrophe writeCsv puts before formula-like text, so exports re-import as they were.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // current field started with a quote

  const endRecord = () => {
    fields.push(unguardFormula(field));
    const blank = fields.length === 1 && fields[0] === "" && !wasQuoted;
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    wasQuoted = false;
  };

  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = input[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          throw new CsvSyntaxError(line, "unexpected character after a closing quote.");
        }
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== "") throw new CsvSyntaxError(line, "a quote inside an unquoted field (wrap the field in quotes and double the inner quote).");
      quoted = true;
      wasQuoted = true;
      i++;
      continue;
    }
    if (ch === ",") {
      fields.push(unguardFormula(field));
      field = "";
      wasQuoted = false;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && input[i + 1] === "\n") i++;
      i++;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, "a quoted field is never closed.");
  if (field !== "" || fields.length > 0 || wasQuoted) endRecord();
  return records;
}
