import "server-only";

// A unique key already taken, as the drivers say it (directSql's errors carry the driver's error as `cause`).
const UNIQUE_VIOLATION_CODES = new Set(["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY", "23505"]);

/**
 * A batched write lost a race: a unique key already taken (P2002 from the model API, P2010 with a
 * UniqueConstraintViolation from raw SQL, or the driver's own code from directSql: same idempotency key,
 * same card version, card created by another request) or a version-guarded model update found no row
 * (P2025). The batch rolled back.
 */
export function isWriteRace(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const driverCode = (error as { cause?: { code?: unknown } }).cause?.code;
  if (typeof driverCode === "string" && UNIQUE_VIOLATION_CODES.has(driverCode)) return true;
  if (!("code" in error)) return false;
  const { code } = error as { code: unknown };
  if (code === "P2002" || code === "P2025") return true;
  if (code !== "P2010") return false;
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta?.driverAdapterError?.cause?.kind;
  return cause === "UniqueConstraintViolation" || /UniqueConstraintViolation|UNIQUE constraint failed/.test(String((error as { message?: unknown }).message ?? ""));
}
