import "server-only";
import type Database from "better-sqlite3";

/**
 * What the SQLite adapter wrappers (recover-failed-transactions.ts, guard-database-file.ts) hand to
 * sqlite-direct-sql.ts: Prisma's own better-sqlite3 connection, and `run`, which calls `work` synchronously
 * once no Prisma transaction is open on that connection (and, for a write, once the file guard allows it).
 * better-sqlite3 is synchronous, so nothing else can run on the connection until `work` returns.
 */
export type SqliteDirectGate = {
  client: Database.Database;
  run<T>(write: boolean, work: () => T): Promise<T>;
};

export const SQLITE_DIRECT_GATE = Symbol.for("briefdeck.sqliteDirectGate");

export type WithSqliteDirectGate = { [SQLITE_DIRECT_GATE]?: SqliteDirectGate };
