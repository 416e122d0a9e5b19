import "server-only";
import { db } from "@/lib/server/db/client";

export type Health = { ok: true; decks: number } | { ok: false; problem: string };

const PROBE_KEY = "health:write-probe";
const PROBE_TIMEOUT_MS = 2000;
const PROBE_REUSE_MS = 1000;

let lastProbe: { at: number; result: Promise<string | null> } | null = null;

/**
 * Commits one tiny write in a transaction: the path every review takes. A full or failing disk, a
 * transaction lock that never comes free, or a database file deleted under the running app all make it fail
 * or stall, which a read-only check would miss. Concurrent checks share one probe for a second.
 */
async function writeProblem(): Promise<string | null> {
  const probe = db.$transaction(async (tx) => {
    const expiresAt = new Date();
    await tx.rateLimitBucket.upsert({ where: { key: PROBE_KEY }, create: { key: PROBE_KEY, points: 0, expiresAt }, update: { expiresAt } });
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`a write did not commit within ${PROBE_TIMEOUT_MS / 1000} s`), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      probe.then(
        () => null,
        (error: unknown) => `writes cannot commit: ${(error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1)}`,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Liveness, database reachability and writability, for deploy checks and the e2e harness. */
export async function checkHealth(): Promise<Health> {
  const now = Date.now();
  if (!lastProbe || now - lastProbe.at > PROBE_REUSE_MS) lastProbe = { at: now, result: writeProblem() };
  const problem = await lastProbe.result;
  if (problem) return { ok: false, problem };
  try {
    return { ok: true, decks: await db.deck.count({ where: { deletedAt: null } }) };
  } catch (error) {
    return { ok: false, problem: `the database cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
