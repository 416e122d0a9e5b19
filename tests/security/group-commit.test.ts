// SQLite's direct batches are committed in groups (lib/server/db/sqlite-direct-sql.ts): the batches sent in one
// event-loop turn share one BEGIN IMMEDIATE … COMMIT, each in its own savepoint. What must hold: they really share
// the COMMIT (that is the point: one WAL fsync for the group), a group is bounded, and no caller hears "saved"
// before its COMMIT returned, so a process killed at any moment (kill -9) has every acknowledged write on disk.
// Per-batch failure inside a group: direct-sql.test.ts; a group whose COMMIT fails: disk-error-recovery.test.ts.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseFilePath } from "@/lib/database-url";
import { db, directSql } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { testProvider } from "../support/test-database";

let n = 0;
const insertArticle = (label: string) => {
  const id = `group-${label}-${process.pid}-${++n}`;
  return Prisma.sql`INSERT INTO "Article" ("id", "title", "body", "contentHash", "createdAt") VALUES (${id}, ${"Group"}, ${"Body."}, ${id}, ${new Date()})`;
};

/** Empties the WAL (a TRUNCATE checkpoint), so that what it holds next was written after this call. */
async function emptyWal(): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}

/**
 * COMMITs in the WAL since emptyWal(), read from the file itself: every frame header (24 bytes, after the
 * 32-byte file header) stores the database size in pages on a commit's last frame and 0 on every other frame;
 * only frames carrying the header's salt belong to the current WAL. https://www.sqlite.org/fileformat.html#wal_file_format
 */
function walCommits(): number {
  const wal = readFileSync(`${databaseFilePath(process.env.DATABASE_URL!)!}-wal`);
  if (wal.length < 32) return 0;
  const pageSize = wal.readUInt32BE(8);
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    const current = wal.readUInt32BE(at + 8) === wal.readUInt32BE(16) && wal.readUInt32BE(at + 12) === wal.readUInt32BE(20);
    if (current && wal.readUInt32BE(at + 4) !== 0) commits++;
  }
  return commits;
}

beforeAll(async () => {
  if (testProvider !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  // Only the test checkpoints, so the WAL holds everything written since its last checkpoint.
  await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
});

describe.skipIf(testProvider !== "sqlite")("group commit of direct batches (SQLite)", () => {
  it("batches sent in one turn share one COMMIT, where batches sent one by one each have their own", async () => {
    await emptyWal();
    for (let i = 0; i < 10; i++) await directSql.batch([insertArticle("one-by-one")]);
    expect(walCommits()).toBe(10);

    await emptyWal();
    const results = await Promise.all(Array.from({ length: 10 }, () => directSql.batch([insertArticle("together")])));
    expect(results).toEqual(Array.from({ length: 10 }, () => [1]));
    expect(walCommits()).toBe(1);
    expect(await db.article.count({ where: { id: { startsWith: "group-together-" } } })).toBe(10);
  });

  it("keeps a group bounded: 200 batches at once commit in groups of at most 64 (four COMMITs)", async () => {
    await emptyWal();
    const results = await Promise.all(Array.from({ length: 200 }, () => directSql.batch([insertArticle("many")])));
    expect(results.every((r) => r[0] === 1)).toBe(true);
    expect(walCommits()).toBe(4);
    expect(await db.article.count({ where: { id: { startsWith: "group-many-" } } })).toBe(200);
  });

  it("a process killed with SIGKILL mid-stream has every acknowledged batch on disk, whole", async () => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "tests/security/support/group-commit-writer.ts"], {
      env: { ...process.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acknowledged: string[] = [];
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
    let buffered = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop()!;
        acknowledged.push(...lines);
        if (acknowledged.length >= 400) resolve();
      });
      void exited.then(() => reject(new Error(`the writer exited early: ${stderr}`)));
    });
    // Killed while it keeps writing: somewhere inside a group, between groups, or inside a COMMIT.
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    // A fresh connection, as a restart would open it (WAL recovery included).
    const file = databaseFilePath(process.env.DATABASE_URL!)!;
    const reopened = new Database(file);
    try {
      expect(reopened.pragma("integrity_check", { simple: true })).toBe("ok");
      const rows = reopened.prepare(`SELECT "id", "title" FROM "Article" WHERE "id" LIKE 'crash-%'`).all() as Array<{ id: string; title: string }>;
      const stored = new Map(rows.map((r) => [r.id, r.title]));
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      // Whole batches only: no row has its INSERT without the UPDATE of the same batch.
      expect(rows.filter((r) => r.title !== "Crash, acknowledged")).toEqual([]);
    } finally {
      reopened.close();
    }
    // And the app's own connection writes on (no lock or transaction left behind by the killed process).
    expect(await directSql.batch([insertArticle("after-crash")])).toEqual([1]);
  }, 60_000);
});
