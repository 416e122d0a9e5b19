import "server-only";

/**
 * A batched write lost a race: a unique key already taken (P2002 from the model API, or P2010 with a
 * UniqueConstraintViolation from raw SQL: same idempotency key, same card version, card created by
 * another request) or a version-guarded model update found no row (P2025). The batch rolled back.
 */
export function isWriteRace(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const { code } = error as { code: unknown };
  if (code === "P2002" || code === "P2025") return true;
  if (code !== "P2010") return false;
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta?.driverAdapterError?.cause?.kind;
  return cause === "UniqueConstraintViolation" || /UniqueConstraintViolation|UNIQUE constraint failed/.test(String((error as { message?: unknown }).message ?? ""));
}
