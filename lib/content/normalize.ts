import { createHash } from "node:crypto";

/**
 * Canonical form used for hashing: Unicode-normalised, whitespace collapsed.
 * Case and punctuation are kept because they change meaning; whitespace and
 * line wrapping do not, so a re-import of a re-wrapped page hashes the same.
 */
export function normalizeForHash(body: string): string {
  return body.normalize("NFKC").replace(/\s+/g, " ").trim();
}

export function hashBody(body: string): string {
  return createHash("sha256").update(normalizeForHash(body), "utf8").digest("hex");
}
