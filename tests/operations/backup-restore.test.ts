import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { expect, inject, test } from "vitest";
import { db } from "@/lib/server/db/client";
import { saveReview } from "@/lib/server/study/save-review";
import { createDeck, createViewer, flashcards } from "@/tests/study/fixtures";
import { emptyDatabase } from "@/tests/migrations/support/scratch-database";
import { testProvider } from "@/tests/support/test-database";

function run(script: "db:backup" | "db:restore", file: string, databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script, "--", file], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited ${code}: ${stderr}`))));
  });
}

async function rows<T>(url: string, sql: string): Promise<T[]> {
  if (url.startsWith("file:")) {
    const file = new Database(url.slice("file:".length), { readonly: true });
    try {
      return file.prepare(sql).all() as T[];
    } finally {
      file.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

test(`a ${testProvider} backup taken under write load restores with every acknowledged review`, async () => {
  const viewer = await createViewer();
  const { questionIds } = await createDeck(viewer.id, flashcards(40));
  const acknowledged: string[] = [];
  let stop = false;
  // Four tabs answering their own cards, round and round, as fast as the database takes them.
  const worker = async (offset: number) => {
    const versions = new Map<string, number>();
    for (let i = offset; !stop; i = (i + 4) % questionIds.length) {
      const questionId = questionIds[i]!;
      const key = `bk-${randomUUID()}`;
      const expectedVersion = versions.get(questionId) ?? 0;
      await saveReview(viewer, { questionId, rating: 3, idempotencyKey: key, expectedVersion, durationMs: 700 });
      versions.set(questionId, expectedVersion + 1);
      acknowledged.push(key);
      // SQLite answers synchronously: let the event loop see the backup child between answers, as it would see requests.
      await new Promise((r) => setImmediate(r));
    }
  };
  const load = Promise.all([0, 1, 2, 3].map(worker));
  while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 10));

  const file = path.join(inject("tempDir"), `backup-${randomUUID()}`);
  const ackedBeforeBackup = [...acknowledged];
  await run("db:backup", file, process.env.DATABASE_URL ?? "");
  const ackedDuringBackup = acknowledged.length - ackedBeforeBackup.length;
  stop = true;
  await load;
  expect(ackedDuringBackup, "the load kept writing while the backup ran").toBeGreaterThan(0);

  const target = await emptyDatabase();
  await run("db:restore", file, target);
  const restoredKeys = new Set((await rows<{ k: string }>(target, `SELECT "idempotencyKey" AS k FROM "ReviewLog"`)).map((r) => r.k));
  expect(ackedBeforeBackup.filter((k) => !restoredKeys.has(k))).toEqual([]);
  // One committed state, not a torn copy: every restored log has its card, counted exactly once.
  const torn = await rows<{ id: string }>(
    target,
    `SELECT c."id" FROM "Card" c LEFT JOIN "ReviewLog" l ON l."cardId" = c."id" GROUP BY c."id", c."reps" HAVING count(l."id") <> c."reps"`,
  );
  expect(torn).toEqual([]);
  expect(restoredKeys.size).toBeLessThanOrEqual(await db.reviewLog.count());
}, 120_000);
