import "server-only";
import { env } from "@/lib/env";
import { Prisma } from "./generated/client";

/**
 * The only SQL in the app that differs between SQLite and PostgreSQL lives here:
 *   epochSeconds(col)  SQLite: unixepoch(col)     PostgreSQL: date_part('epoch', col)
 *   greatest(a, b)     SQLite: max(a, b)          PostgreSQL: GREATEST(a, b)
 *   num(value)         SQLite: ?                  PostgreSQL: ?::double precision
 *   containsText(c, p) SQLite: c LIKE p           PostgreSQL: c ILIKE p
 * (Prisma stores SQLite DateTimes as ISO-8601 text, which unixepoch() reads. PostgreSQL cannot
 * infer the type of a bare parameter in arithmetic such as `-$1`, so numeric parameters say it.)
 */
const postgres = env.DATABASE_PROVIDER === "postgresql";

export function epochSeconds(column: Prisma.Sql): Prisma.Sql {
  // date_part is double precision; EXTRACT is numeric since PostgreSQL 14, and its cast to double goes
  // through text: per row over a dashboard's 300,000 cards that alone was ~100 ms.
  return postgres ? Prisma.sql`date_part('epoch', ${column})` : Prisma.sql`unixepoch(${column})`;
}

export function greatest(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  return postgres ? Prisma.sql`GREATEST(${a}, ${b})` : Prisma.sql`max(${a}, ${b})`;
}

export function num(value: number): Prisma.Sql {
  return postgres ? Prisma.sql`${value}::double precision` : Prisma.sql`${value}`;
}

/**
 * `column` contains the LIKE pattern `pattern`, ignoring case: SQLite's LIKE already ignores ASCII case (and
 * reads the column directly, three times faster than LOWER(column) LIKE …); PostgreSQL needs ILIKE. The
 * pattern escapes its wildcards with a backslash (lib/server/cards/search-pattern.ts).
 */
export function containsText(column: Prisma.Sql, pattern: string): Prisma.Sql {
  return postgres ? Prisma.sql`${column} ILIKE ${pattern} ESCAPE '\\'` : Prisma.sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}
