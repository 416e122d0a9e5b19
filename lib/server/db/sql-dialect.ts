import "server-only";
import { Prisma } from "./generated/client";

/**
 * The only SQL in the app that differs between SQLite and PostgreSQL lives here, so moving the
 * schema to PostgreSQL swaps these fragments and nothing else:
 *   epochSeconds(col)  SQLite: unixepoch(col)     PostgreSQL: EXTRACT(EPOCH FROM col)
 *   greatest(a, b)     SQLite: max(a, b)          PostgreSQL: GREATEST(a, b)
 * (Prisma stores SQLite DateTimes as ISO-8601 text, which unixepoch() reads.)
 */
export function epochSeconds(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`unixepoch(${column})`;
}

export function greatest(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`max(${a}, ${b})`;
}
