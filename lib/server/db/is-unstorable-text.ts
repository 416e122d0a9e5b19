/**
 * PostgreSQL refuses text it cannot store (a NUL character, SQLSTATE 22021; 22P05 for characters
 * outside the encoding) where SQLite stores it. That is the caller's bad input, not our failure:
 * the action and route wrappers answer 422 instead of 500.
 */
const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);

export function isUnstorableText(error: unknown): boolean {
  const e = error as { cause?: { code?: unknown }; meta?: { driverAdapterError?: { cause?: { code?: unknown } } } } | null;
  const code = e?.cause?.code ?? e?.meta?.driverAdapterError?.cause?.code;
  return typeof code === "string" && UNSTORABLE_TEXT_CODES.has(code);
}
