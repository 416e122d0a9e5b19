import "server-only";
import type Database from "better-sqlite3";
import { DirectSqlError, type DirectSql } from "./direct-sql";
import type { Prisma } from "./generated/client";
import type { SqliteDirectGate } from "./sqlite-direct-gate";

// Prepared statements per connection, by SQL text. The hot path has a handful of shapes; the bound only
// guards against a caller that builds unbounded variants.
const CACHE_LIMIT = 256;

// At most this many batches share one COMMIT, so one group's synchronous run stays short (a few ms at most)
// and the event loop gets back to the requests waiting behind it.
const GROUP_LIMIT = 64;

/** Values as Prisma's better-sqlite3 adapter writes them (its default iso8601 format), so text comparisons of dates stay consistent. */
function toSqlite(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value === undefined ? null : value;
}

type Waiting = { statements: Prisma.Sql[]; resolve: (changes: number[]) => void; reject: (error: unknown) => void };
type Outcome = { changes: number[] } | { error: unknown };

/**
 * DirectSql on Prisma's own better-sqlite3 connection. Every call goes through the gate, so it never runs
 * inside a transaction Prisma has open (recover-failed-transactions.ts) and a write is refused once the
 * database file is gone (guard-database-file.ts).
 *
 * Batches are committed in groups (group commit). With synchronous = FULL each COMMIT waits for an fsync of
 * the WAL, and better-sqlite3 waits on the event loop, so one fsync per review was most of a review's cost on
 * SQLite. A batch is queued; the batches that arrive in the same event-loop turn (or while the gate waits for a
 * Prisma transaction) run together: ONE BEGIN IMMEDIATE, each batch inside its own SAVEPOINT, ONE COMMIT,
 * all of it synchronously, so no other request's statement can slip in. A batch whose statement fails (a
 * unique key: the idempotency key, the card version) is rolled back to its savepoint and rejects only its
 * caller; the others commit. Every caller is answered only after the COMMIT that holds its writes returned,
 * so an acknowledged write is as durable as before. A failed COMMIT (a full disk), or an error that makes
 * SQLite drop the whole transaction, rolls back and rejects the whole group; the connection is never left
 * inside a transaction. Later batches of one group see earlier ones' writes, exactly as if they had run one
 * after another, and all of them become visible (and durable) together.
 */
export function sqliteDirectSql(gate: () => Promise<SqliteDirectGate>): DirectSql {
  const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();
  const prepared = (client: Database.Database, sql: string): Database.Statement => {
    let cache = caches.get(client);
    if (!cache) caches.set(client, (cache = new Map()));
    let statement = cache.get(sql);
    if (!statement) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      statement = client.prepare(sql);
      // The adapter turns safe integers on for the whole connection; these rows are counters and versions.
      if (statement.reader) statement.safeIntegers(false);
      cache.set(sql, statement);
    }
    return statement;
  };

  /** One transaction for the whole group; throws (after rolling back) when nothing of it committed. */
  const commitGroup = (client: Database.Database, group: Waiting[]): Outcome[] => {
    if (client.inTransaction) throw new Error("A transaction is already open on the SQLite connection.");
    const outcomes: Outcome[] = group.map(() => ({ changes: [] }));
    // A statement that cannot even be prepared (bad SQL) fails its own batch only, before the transaction.
    const runs = group.map((waiting, i) => {
      try {
        return waiting.statements.map((s) => ({ statement: prepared(client, s.sql), args: s.values.map(toSqlite) }));
      } catch (error) {
        outcomes[i] = { error };
        return null;
      }
    });
    prepared(client, "BEGIN IMMEDIATE").run();
    try {
      for (const [i, batch] of runs.entries()) {
        if (!batch) continue;
        prepared(client, "SAVEPOINT direct_batch").run();
        try {
          outcomes[i] = { changes: batch.map(({ statement, args }) => statement.run(args).changes) };
        } catch (error) {
          // SQLite drops the whole transaction on some errors (full disk, I/O, out of memory): nothing to keep.
          if (!client.inTransaction) throw error;
          prepared(client, "ROLLBACK TO direct_batch").run();
          outcomes[i] = { error };
        }
        prepared(client, "RELEASE direct_batch").run();
      }
      prepared(client, "COMMIT").run();
      return outcomes;
    } catch (error) {
      if (client.inTransaction) {
        try {
          prepared(client, "ROLLBACK").run();
        } catch {
          // SQLite already rolled back on its own.
        }
      }
      throw error;
    }
  };

  let waiting: Waiting[] = [];
  let flushing = false;
  const scheduleFlush = () => {
    if (flushing || waiting.length === 0) return;
    flushing = true;
    // setImmediate, not a microtask: the batches of the other requests read in this event-loop turn join the group.
    setImmediate(() => void flush());
  };
  const take = (): Waiting[] => {
    const group = waiting.slice(0, GROUP_LIMIT);
    waiting = waiting.slice(GROUP_LIMIT);
    return group;
  };
  const flush = async () => {
    const taken: { group?: Waiting[] } = {};
    let outcomes: Outcome[];
    try {
      const g = await gate();
      // Taken only inside the gate, synchronously with the commit: batches queued while it waited join this group.
      outcomes = await g.run(true, () => commitGroup(g.client, (taken.group = take())));
    } catch (error) {
      // Nothing of the group committed (the gate refused a write, BEGIN or COMMIT failed): every caller gets the error.
      taken.group ??= take();
      outcomes = taken.group.map(() => ({ error }));
    }
    const group = taken.group!;
    for (const [i, outcome] of outcomes.entries()) {
      if ("changes" in outcome) group[i]!.resolve(outcome.changes);
      else group[i]!.reject(new DirectSqlError(outcome.error));
    }
    flushing = false;
    scheduleFlush();
  };

  return {
    async query<T>(statement: Prisma.Sql): Promise<T[]> {
      const g = await gate();
      try {
        return await g.run(false, () => prepared(g.client, statement.sql).all(statement.values.map(toSqlite)) as T[]);
      } catch (error) {
        throw new DirectSqlError(error);
      }
    },
    batch(statements: Prisma.Sql[]): Promise<number[]> {
      return new Promise<number[]>((resolve, reject) => {
        waiting.push({ statements, resolve, reject });
        scheduleFlush();
      });
    },
  };
}
