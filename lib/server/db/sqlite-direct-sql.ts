import "server-only";
import type Database from "better-sqlite3";
import { DirectSqlError, type DirectSql } from "./direct-sql";
import type { Prisma } from "./generated/client";
import type { SqliteDirectGate } from "./sqlite-direct-gate";

// Prepared statements per connection, by SQL text. The hot path has a handful of shapes; the bound only
// guards against a caller that builds unbounded variants.
const CACHE_LIMIT = 256;

/** Values as Prisma's better-sqlite3 adapter writes them (its default iso8601 format), so text comparisons of dates stay consistent. */
function toSqlite(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value === undefined ? null : value;
}

/**
 * DirectSql on Prisma's own better-sqlite3 connection. Every call goes through the gate, so it never runs
 * inside a transaction Prisma has open (recover-failed-transactions.ts) and a write is refused once the
 * database file is gone (guard-database-file.ts). A batch is BEGIN IMMEDIATE … COMMIT run synchronously:
 * no other request's statement can slip into it, and a failed statement or a failed COMMIT (a full disk)
 * rolls back before the error is thrown, so the connection is never left inside a transaction.
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

  return {
    async query<T>(statement: Prisma.Sql): Promise<T[]> {
      const g = await gate();
      try {
        return await g.run(false, () => prepared(g.client, statement.sql).all(statement.values.map(toSqlite)) as T[]);
      } catch (error) {
        throw new DirectSqlError(error);
      }
    },
    async batch(statements: Prisma.Sql[]): Promise<number[]> {
      const g = await gate();
      try {
        return await g.run(true, () => {
          const client = g.client;
          if (client.inTransaction) throw new Error("A transaction is already open on the SQLite connection.");
          const runs = statements.map((s) => ({ statement: prepared(client, s.sql), args: s.values.map(toSqlite) }));
          prepared(client, "BEGIN IMMEDIATE").run();
          try {
            const changes = runs.map(({ statement, args }) => statement.run(args).changes);
            prepared(client, "COMMIT").run();
            return changes;
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
        });
      } catch (error) {
        throw new DirectSqlError(error);
      }
    },
  };
}
