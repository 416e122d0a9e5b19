// Issue 17 item 12: deleting (or replacing) the SQLite file under the running app used to let every write
// "succeed" into an unlinked inode, lost at the next restart. Now writes are refused and health says why.
import { copyFileSync, renameSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { databaseFilePath } from "@/lib/database-url";
import { db, directSql } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { checkHealth } from "@/lib/server/health/check-health";
import { testProvider } from "../support/test-database";

const file = databaseFilePath(process.env.DATABASE_URL!)!;
const aside = `${file}.aside`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 1100)); // past the health probe's reuse window

let n = 0;
const write = () => db.article.create({ data: { title: "File test", body: "Body.", contentHash: `file-${++n}` } });
// The review's write path (directSql, lib/server/db/direct-sql.ts) goes through the same guard.
const writeDirect = () =>
  directSql.batch([Prisma.sql`INSERT INTO "Article" ("id", "title", "body", "contentHash", "createdAt") VALUES (${`direct-${++n}`}, ${"File test"}, ${"Body."}, ${`file-${n}`}, ${new Date()})`]);
const writeInTransaction = () => db.$transaction(async (tx) => tx.article.create({ data: { title: "File test", body: "Body.", contentHash: `file-${++n}` } }));

describe.skipIf(testProvider !== "sqlite")("the database file removed or replaced while the app runs", () => {
  it("refuses writes with a clear error and reports unhealthy, until the same file is back", async () => {
    await write();
    expect(await checkHealth()).toMatchObject({ ok: true });

    renameSync(file, aside); // as `rm -rf data/` does to the path, while the process keeps its open file
    try {
      await expect(write()).rejects.toThrow(/was deleted while Briefdeck was running/);
      await expect(writeInTransaction()).rejects.toThrow(/was deleted/);
      await expect(writeDirect()).rejects.toThrow(/was deleted/);
      await settle();
      expect(await checkHealth()).toMatchObject({ ok: false, problem: expect.stringMatching(/was deleted/) });
      // Reads still answer from the open file.
      expect(await db.article.count()).toBe(1);

      copyFileSync(aside, file); // a restore copied over the path: same bytes, another file
      await expect(write()).rejects.toThrow(/was replaced by another file/);
      await expect(writeDirect()).rejects.toThrow(/was replaced by another file/);
      await settle();
      expect(await checkHealth()).toMatchObject({ ok: false, problem: expect.stringMatching(/replaced/) });
    } finally {
      renameSync(aside, file);
    }

    await write();
    await writeInTransaction();
    await writeDirect();
    await settle();
    expect(await checkHealth()).toMatchObject({ ok: true });
    expect(await db.article.count()).toBe(4);
  });
});
