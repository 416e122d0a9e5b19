import "server-only";
import type { Prisma } from "./generated/client";

/**
 * The hot study path's way to the database without Prisma's query compiler and client runtime (about
 * 0.1 ms per statement, against microseconds of database time): statements are Prisma.sql values, so
 * they are written and parameterised exactly like $queryRaw/$executeRaw and run unchanged through Prisma
 * elsewhere (undo runs the same ledger statements in a Prisma $transaction). Both providers implement it
 * on the connection Prisma itself uses: sqlite-direct-sql.ts (the one better-sqlite3 connection, under the
 * transaction rules of recover-failed-transactions.ts), postgres-direct-sql.ts (the shared pg pool).
 */
export type DirectSql = {
  /**
   * One read. Rows as the driver gives them: integers as numbers, dates as Date on PostgreSQL and ISO text
   * on SQLite, booleans as booleans on PostgreSQL and 0/1 on SQLite (callers normalise, like raw Prisma).
   */
  query<T>(statement: Prisma.Sql): Promise<T[]>;
  /**
   * The statements as ONE transaction, all or nothing, in ONE round trip where the database is remote.
   * Resolves to each statement's changed-row count. On failure it rejects with a DirectSqlError whose
   * `cause` is the driver's error (its `code`: SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's 23505, …).
   */
  batch(statements: Prisma.Sql[]): Promise<number[]>;
};

export class DirectSqlError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "DirectSqlError";
  }
}
