// directSql (lib/server/db/direct-sql.ts) runs the review's read and batch on the connection Prisma uses,
// without Prisma. It must keep Prisma's guarantees: a batch is all or nothing, never joins another request's
// open transaction (SQLite's one connection), stores dates and booleans exactly as Prisma does, and a unique
// violation is recognisable as a lost race.
import { describe, expect, it } from "vitest";
import { db, directSql } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { isWriteRace } from "@/lib/server/study/is-write-race";
import { testProvider } from "../support/test-database";

let n = 0;
const hash = (label: string) => `direct-${label}-${process.pid}-${++n}`;
const insertArticle = (id: string, contentHash: string, publishedAt: Date | null = null) =>
  Prisma.sql`INSERT INTO "Article" ("id", "title", "body", "contentHash", "publishedAt", "createdAt") VALUES (${id}, ${"Direct"}, ${"Body."}, ${contentHash}, ${publishedAt}, ${new Date()})`;

describe("directSql", () => {
  it("commits a batch as one transaction and reports each statement's changed rows", async () => {
    const a = hash("a");
    const b = hash("b");
    const published = new Date(Date.UTC(2016, 1, 29, 23, 59, 58, 123));
    const changes = await directSql.batch([
      insertArticle(`${a}-id`, a, published),
      insertArticle(`${b}-id`, b),
      Prisma.sql`UPDATE "Article" SET "title" = ${"Renamed"} WHERE "contentHash" = ${"no such hash"}`,
    ]);
    expect(changes).toEqual([1, 1, 0]);
    // Written as Prisma writes it: the model API reads the same instant back, and compares it in SQL.
    const row = await db.article.findUniqueOrThrow({ where: { contentHash: a } });
    expect(row.publishedAt?.toISOString()).toBe(published.toISOString());
    expect(await db.article.count({ where: { contentHash: a, publishedAt: { gte: published, lte: published } } })).toBe(1);
    const [read] = await directSql.query<{ title: string; publishedAt: Date | string }>(Prisma.sql`SELECT "title", "publishedAt" FROM "Article" WHERE "contentHash" = ${a}`);
    expect(read?.title).toBe("Direct");
    expect(new Date(read!.publishedAt).toISOString()).toBe(published.toISOString());
  });

  it("rolls the whole batch back when a later statement violates a unique key, and says it lost a race", async () => {
    const taken = hash("taken");
    await db.article.create({ data: { title: "Taken", body: "Body.", contentHash: taken } });
    const fresh = hash("fresh");
    const error = await directSql.batch([insertArticle(`${fresh}-id`, fresh), insertArticle(`${taken}-dup`, taken)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isWriteRace(error)).toBe(true);
    expect(await db.article.count({ where: { contentHash: fresh } })).toBe(0);
    // The connection is usable at once, and not stuck inside a transaction.
    const after = hash("after");
    await directSql.batch([insertArticle(`${after}-id`, after)]);
    expect(await db.$transaction([db.article.count({ where: { contentHash: after } })])).toEqual([1]);
  });

  it("waits while another request's transaction is open: its batch is neither rolled back with it nor sees its rows", async () => {
    const inside = hash("inside");
    const outside = hash("outside");
    let signalOpen!: () => void;
    const open = new Promise<void>((resolve) => (signalOpen = resolve));
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.article.create({ data: { title: "Inside", body: "Body.", contentHash: inside } });
        signalOpen();
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error("roll back on purpose");
      })
      .catch((error: Error) => error.message);
    await open;
    const seen = directSql.query<{ n: number | bigint }>(Prisma.sql`SELECT count(*) AS "n" FROM "Article" WHERE "contentHash" = ${inside}`);
    expect(await directSql.batch([insertArticle(`${outside}-id`, outside)])).toEqual([1]);
    expect(Number((await seen)[0]?.n)).toBe(0);
    expect(await rolledBack).toBe("roll back on purpose");
    expect(await db.article.count({ where: { contentHash: outside } })).toBe(1);
    expect(await db.article.count({ where: { contentHash: inside } })).toBe(0);
  });

  it("sent together, each batch is its own all-or-nothing: one violating a unique key fails alone, the others commit", async () => {
    const taken = hash("group-taken");
    await db.article.create({ data: { title: "Taken", body: "Body.", contentHash: taken } });
    const keys = Array.from({ length: 6 }, (_, i) => hash(`group-${i}`));
    // Sent in one event-loop turn: on SQLite they share one transaction (group commit), each in its own savepoint.
    const results = await Promise.allSettled(
      keys.map((key, i) =>
        directSql.batch([
          insertArticle(`${key}-first`, `${key}-first`),
          // Batch 2 fails on its second statement (a key already stored); batch 4 on a key batch 1 took in this very turn.
          insertArticle(`${key}-second`, i === 2 ? taken : i === 4 ? `${keys[1]}-first` : `${key}-second`),
        ]),
      ),
    );
    // Batches 1 and 4 race for one key: SQLite runs a group in the order sent (4 loses); PostgreSQL's pooled
    // connections may run them in either order, and exactly one wins.
    const loser = testProvider === "sqlite" ? 4 : results[1]!.status === "rejected" ? 1 : 4;
    const failed = [2, loser];
    expect(results.map((r, i) => [i, r.status])).toEqual(results.map((_, i) => [i, failed.includes(i) ? "rejected" : "fulfilled"]));
    for (const i of failed) expect(isWriteRace((results[i] as PromiseRejectedResult).reason)).toBe(true);
    expect((results[0] as PromiseFulfilledResult<number[]>).value).toEqual([1, 1]);
    // The failed batches left nothing behind, not even their first statement; the others are all there.
    const ids = (batches: string[]) => batches.flatMap((k) => [`${k}-first`, `${k}-second`]).sort();
    const stored = await db.article.findMany({ where: { id: { in: ids(keys) } }, select: { id: true } });
    expect(stored.map((r) => r.id).sort()).toEqual(ids(keys.filter((_, i) => !failed.includes(i))));
    // And the connection is free: Prisma's own transaction runs at once.
    expect(await db.$transaction([db.article.count({ where: { contentHash: taken } })])).toEqual([1]);
  });

  it("runs 50 concurrent batches that race for one unique key: exactly one commits", async () => {
    const key = hash("storm");
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => directSql.batch([insertArticle(`${key}-${i}`, `${key}-side-${i}`), insertArticle(`${key}-main-${i}`, key)])),
    );
    const ok = results.filter((r) => r.status === "fulfilled").length;
    expect(ok).toBe(1);
    expect(results.every((r) => r.status === "fulfilled" || isWriteRace(r.reason))).toBe(true);
    expect(await db.article.count({ where: { contentHash: { startsWith: `${key}-side-` } } })).toBe(1);
  });
});
