/** Caps for one import, enforced while reading so a hostile file is refused before it costs memory or time. */
export type ImportLimits = {
  /** Size of the uploaded package or text file, in bytes. */
  maxFileBytes: number;
  /** Entries in the zip's central directory (an .apkg holds the collection, `media`, `meta` and numbered media files). */
  maxZipEntries: number;
  /** Bytes inflated from the zip and zstd streams together (a zip bomb hits this). */
  maxDecompressedBytes: number;
  /** Notes in an .apkg, rows in a text file. */
  maxNotes: number;
  /** Characters in one raw field (before HTML is stripped). */
  maxFieldChars: number;
};

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxZipEntries: 20_000,
  maxDecompressedBytes: 200 * 1024 * 1024,
  maxNotes: 20_000,
  maxFieldChars: 100_000,
};

/** Text imports are typed or pasted by people: a smaller row cap keeps the preview and the transaction quick. */
export const DEFAULT_TEXT_ROW_LIMIT = 5_000;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
