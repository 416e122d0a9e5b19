import "server-only";

/**
 * A batched write lost a race: a unique key already taken (P2002: same idempotency key, same
 * card version, card created by another request) or the version-guarded card update found
 * no row (P2025). The whole batch has been rolled back.
 */
export function isWriteRace(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : null;
  return code === "P2002" || code === "P2025";
}
