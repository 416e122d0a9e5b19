// One better-sqlite3 connection serves every request. A query sent by another request while an interactive
// transaction is open must not run inside that transaction: its write would be acknowledged and then lost when
// the transaction rolls back, and its read would see rows that were never committed.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";

let n = 0;
const article = (label: string) => ({ title: `Isolation ${label}`, body: "Body.", contentHash: `isolation-${label}-${process.pid}-${++n}` });

describe("a transaction's neighbours on the one SQLite connection", () => {
  it("keeps another request's acknowledged write when the open transaction rolls back, and hides uncommitted rows from its reads", async () => {
    const inside = article("inside");
    const outside = article("outside");
    let signalOpen!: () => void;
    const open = new Promise<void>((resolve) => (signalOpen = resolve));

    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.article.create({ data: inside });
        signalOpen();
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error("roll back on purpose");
      })
      .catch((error: Error) => error.message);

    await open;
    // "Another request", while the transaction is open.
    const seenDuring = db.article.count({ where: { contentHash: inside.contentHash } });
    const acknowledged = await db.article.create({ data: outside });
    expect(acknowledged.contentHash).toBe(outside.contentHash);
    expect(await seenDuring).toBe(0);
    expect(await rolledBack).toBe("roll back on purpose");

    expect(await db.article.count({ where: { contentHash: outside.contentHash } })).toBe(1);
    expect(await db.article.count({ where: { contentHash: inside.contentHash } })).toBe(0);
  });
});
