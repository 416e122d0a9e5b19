// A checksum of every table's rows, to prove a refused call changed nothing.
import { createHash } from "node:crypto";
import { db } from "@/lib/server/db/client";
import { tableNames } from "@/tests/support/table-names";

// Limiter tables legitimately count refused attempts (that is their job), so they are left out.
const IGNORED = new Set(["RateLimit", "RateLimitBucket"]);

export async function databaseChecksum(): Promise<{ hash: string; counts: Record<string, number> }> {
  const tables = await tableNames();
  const hash = createHash("sha256");
  const counts: Record<string, number> = {};
  for (const name of tables) {
    if (IGNORED.has(name)) continue;
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    const lines = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).sort();
    counts[name] = rows.length;
    hash.update(name).update("\n").update(lines.join("\n")).update("\n");
  }
  return { hash: hash.digest("hex"), counts };
}
