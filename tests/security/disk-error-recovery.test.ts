// Issue 17 item 3: a disk error during COMMIT must not wedge every later $transaction.
// The "disk" fails for real: RLIMIT_FSIZE (prlimit, util-linux) on this very process makes SQLite's next WAL
// append fail with EFBIG (SQLITE_IOERR_WRITE), just as a full disk gives SQLITE_FULL; lifting it is the recovery.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFilePath } from "@/lib/database-url";
import { db, directSql } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { checkHealth } from "@/lib/server/health/check-health";
import { isWriteRace } from "@/lib/server/study/is-write-race";
import { testProvider } from "../support/test-database";

const file = databaseFilePath(process.env.DATABASE_URL!)!;

function limitFileSize(bytes: number | "unlimited"): void {
  execFileSync("prlimit", ["--pid", String(process.pid), `--fsize=${bytes}:`]);
}

/** Resolves to "timed out" instead of hanging the test, which is how the wedge showed. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | "timed out"> {
  return Promise.race([promise, new Promise<"timed out">((resolve) => setTimeout(() => resolve("timed out"), ms))]);
}

let n = 0;
const writeInTransaction = () =>
  db.$transaction(async (tx) => {
    await tx.article.create({ data: { title: "Disk test", body: "Body.", contentHash: `disk-${process.pid}-${++n}` } });
    return "committed" as const;
  });

beforeAll(async () => {
  // The one-file SQLite failure modes; PostgreSQL has its own server process and WAL.
  if (testProvider !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  // Keep the WAL growing during the test so each commit appends beyond the limit set below.
  await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
  await writeInTransaction();
});
afterAll(() => limitFileSize("unlimited"));

describe.skipIf(testProvider !== "sqlite")("a failed commit (disk error) and recovery", () => {
  it("fails the write with an error, reports 503 while writes cannot commit, and recovers within seconds", async () => {
    expect(await checkHealth()).toMatchObject({ ok: true });
    const before = await db.article.count();

    limitFileSize(statSync(`${file}-wal`).size);
    try {
      await expect(within(writeInTransaction(), 5000)).rejects.toThrow(/disk I\/O error|disk is full/);
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past the health probe's reuse window
      const unhealthy = await checkHealth();
      expect(unhealthy).toMatchObject({ ok: false, problem: expect.stringMatching(/writes cannot commit|did not commit/) });
    } finally {
      limitFileSize("unlimited");
    }

    // The disk is back: the very next transactions commit (before the fix, every one hung for good).
    const started = Date.now();
    expect(await within(writeInTransaction(), 5000)).toBe("committed");
    expect(await within(writeInTransaction(), 5000)).toBe("committed");
    expect(await within(db.$transaction([db.article.count()]), 5000)).toEqual([before + 2]);
    expect(Date.now() - started).toBeLessThan(3000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await checkHealth()).toMatchObject({ ok: true });

    // Nothing half-committed: the failed article is absent, the later two are durable on disk.
    const rows = await db.article.findMany({ where: { contentHash: { startsWith: `disk-${process.pid}-` } }, select: { contentHash: true } });
    expect(rows.map((r) => r.contentHash).sort()).toEqual([`disk-${process.pid}-1`, `disk-${process.pid}-3`, `disk-${process.pid}-4`]);
  });

  it("a direct batch (the review's write path) whose COMMIT fails rolls back and leaves the connection free", async () => {
    const directInsert = (label: string) =>
      directSql.batch([Prisma.sql`INSERT INTO "Article" ("id", "title", "body", "contentHash", "createdAt") VALUES (${`direct-${label}-${process.pid}`}, ${"Direct"}, ${"Body."}, ${`direct-${label}-${process.pid}`}, ${new Date()})`]);
    await directInsert("warm");
    limitFileSize(statSync(`${file}-wal`).size);
    try {
      await expect(within(directInsert("failed"), 5000)).rejects.toThrow(/disk I\/O error|disk is full/);
    } finally {
      limitFileSize("unlimited");
    }
    expect(await within(directInsert("after"), 5000)).toEqual([1]);
    expect(await within(writeInTransaction(), 5000)).toBe("committed");
    const rows = await db.article.findMany({ where: { contentHash: { startsWith: "direct-" } }, select: { contentHash: true } });
    expect(rows.map((r) => r.contentHash).sort()).toEqual([`direct-after-${process.pid}`, `direct-warm-${process.pid}`]);
  });

  it("a group of direct batches whose one COMMIT fails: every caller gets the disk error, none of them is stored", async () => {
    const grouped = (label: string) =>
      directSql.batch([Prisma.sql`INSERT INTO "Article" ("id", "title", "body", "contentHash", "createdAt") VALUES (${`grouped-${label}-${process.pid}`}, ${"Grouped"}, ${"Body."}, ${`grouped-${label}-${process.pid}`}, ${new Date()})`]);
    await grouped("warm");
    limitFileSize(statSync(`${file}-wal`).size);
    let results: PromiseSettledResult<number[]>[] | "timed out";
    try {
      // Sent in one turn, so one group (sqlite-direct-sql.ts); the last one also violates a unique key on its own.
      results = await within(Promise.allSettled([grouped("a"), grouped("b"), grouped("c"), grouped("warm")]), 5000);
    } finally {
      limitFileSize("unlimited");
    }
    expect(results).not.toBe("timed out");
    // Nothing of the group committed, so each caller hears the COMMIT's error (a unique-key loss would be a lie: its
    // rival row was never stored either), and no caller can take it for a lost race and answer "already saved".
    for (const r of results as PromiseSettledResult<number[]>[]) {
      expect(r.status).toBe("rejected");
      expect(String((r as PromiseRejectedResult).reason)).toMatch(/disk I\/O error|disk is full/);
      expect(isWriteRace((r as PromiseRejectedResult).reason)).toBe(false);
    }
    // No transaction left open: the next group and Prisma's own transaction commit at once.
    expect(await within(Promise.all([grouped("d"), grouped("e")]), 5000)).toEqual([[1], [1]]);
    expect(await within(writeInTransaction(), 5000)).toBe("committed");
    const rows = await db.article.findMany({ where: { contentHash: { startsWith: "grouped-" } }, select: { contentHash: true } });
    expect(rows.map((r) => r.contentHash).sort()).toEqual(["d", "e", "warm"].map((l) => `grouped-${l}-${process.pid}`));
  });
});
