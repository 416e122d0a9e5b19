import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";
import { reviewCounters, type ReviewEffect } from "./review-counters";

const id = (name: string) => Prisma.raw(`"${name}"`);

/**
 * The statistics writes of one review's effect, applied forward (+1, a save: upsert, creating the row on
 * first use) or backward (−1, an undo: the rows exist since the save, so a plain decrement). Standard SQL
 * (`ON CONFLICT … DO UPDATE` works in SQLite and PostgreSQL); runs inside the caller's batched transaction:
 * the save's directSql batch (review-writes.ts), the undo's Prisma $transaction (undo-last-review.ts).
 * Each statement touches its own table, so they may also run as sibling CTEs of one PostgreSQL statement.
 */
export function reviewLedgerWrites(effect: ReviewEffect, direction: 1 | -1): Prisma.Sql[] {
  return reviewCounters(effect).tables.map(({ table, keys, add }) => {
    const t = id(table);
    const keyNames = Object.keys(keys);
    const addNames = Object.keys(add);
    if (direction === 1) {
      return Prisma.sql`
        INSERT INTO ${t} (${Prisma.join([...keyNames, ...addNames].map(id))})
        VALUES (${Prisma.join([...Object.values(keys), ...Object.values(add)])})
        ON CONFLICT (${Prisma.join(keyNames.map(id))}) DO UPDATE SET
        ${Prisma.join(addNames.map((c) => Prisma.sql`${id(c)} = ${t}.${id(c)} + excluded.${id(c)}`))}`;
    }
    return Prisma.sql`
      UPDATE ${t} SET ${Prisma.join(addNames.map((c) => Prisma.sql`${id(c)} = ${id(c)} - ${add[c]!}`))}
      WHERE ${Prisma.join(keyNames.map((k) => Prisma.sql`${id(k)} = ${keys[k]!}`), " AND ")}`;
  });
}
