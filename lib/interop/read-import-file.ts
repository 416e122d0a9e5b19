import type { ImportParseResult } from "./imported-item";
import { InteropError } from "./interop-error";
import { DEFAULT_IMPORT_LIMITS, formatBytes, type ImportLimits } from "./limits";
import { parseText, type TextImportOptions } from "./parse-text";
import { readApkg } from "./read-apkg";

export const IMPORT_FORMATS = ["apkg", "tsv", "csv", "text"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The format a file most likely has: a zip is an .apkg, anything else is text. */
export function guessImportFormat(bytes: Uint8Array, fileName = ""): ImportFormat {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b) || fileName.toLowerCase().endsWith(".apkg")) return "apkg";
  if (fileName.toLowerCase().endsWith(".csv")) return "csv";
  return fileName.toLowerCase().endsWith(".tsv") ? "tsv" : "text";
}

/** One entry point for every import format; text is decoded as UTF-8 and must be valid. */
export async function readImportFile(
  bytes: Buffer,
  format: ImportFormat,
  options: TextImportOptions = {},
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<ImportParseResult> {
  if (format === "apkg") return readApkg(bytes, limits);
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  if (bytes.length > maxBytes) throw new InteropError(`The text file is ${formatBytes(bytes.length)}; at most ${formatBytes(maxBytes)} are accepted.`);
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new InteropError("This is a zip archive, not a text file; choose the .apkg format for Anki packages.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InteropError("The text file is not UTF-8 encoded; save it as UTF-8 and try again.");
  }
  const field = options.field ?? (format === "tsv" ? "\t" : format === "csv" ? "auto" : "auto");
  return parseText(text, { ...options, field });
}
