import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { DirectSqlError, type DirectSql } from "./direct-sql";
import type { Prisma } from "./generated/client";

// Prisma's PostgreSQL DateTime is TIMESTAMP(3) holding UTC; pg would read and write it in the process's zone.
const TIMESTAMP_OID = 1114;
const parseUtcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? parseUtcTimestamp : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function toPostgres(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

// Named statements: each pooled connection parses and plans a statement once, then only binds and runs it.
const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    if (names.size >= 256) names.clear();
    name = `bd_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/** The statement's text with its placeholders numbered from `offset + 1`. */
function numbered(statement: Prisma.Sql, offset: number): string {
  return statement.strings.reduce((text, part, i) => (i === 0 ? part : `${text}$${offset + i}${part}`), "").trim().replace(/;$/, "");
}

/**
 * DirectSql on the pg pool that Prisma's adapter also uses (client.ts hands both the same pool). A batch
 * of several statements becomes ONE statement: each write a data-modifying CTE with RETURNING, and a final
 * SELECT of their row counts. PostgreSQL runs one statement atomically, so it is one transaction in one round
 * trip; a unique violation anywhere (same idempotency key, same card version) aborts all of it.
 * The statements must touch different rows (a CTE cannot see its siblings' changes), as the review's do.
 */
export function postgresDirectSql(pool: pg.Pool): DirectSql {
  return {
    async query<T>(statement: Prisma.Sql): Promise<T[]> {
      const text = numbered(statement, 0);
      try {
        const result = await pool.query({ name: statementName(text), text, values: statement.values.map(toPostgres), types });
        return result.rows as T[];
      } catch (error) {
        throw new DirectSqlError(error);
      }
    },
    async batch(statements: Prisma.Sql[]): Promise<number[]> {
      let offset = 0;
      const parts = statements.map((s, i) => {
        const part = `s${i} AS (${numbered(s, offset)} RETURNING 1)`;
        offset += s.values.length;
        return part;
      });
      const text = `WITH ${parts.join(",\n")}\nSELECT ${statements.map((_, i) => `(SELECT count(*) FROM s${i})::int AS "${i}"`).join(", ")}`;
      const values = statements.flatMap((s) => s.values.map(toPostgres));
      try {
        const result = await pool.query({ name: statementName(text), text, values, rowMode: "array", types });
        return (result.rows[0] as number[]).map(Number);
      } catch (error) {
        throw new DirectSqlError(error);
      }
    },
  };
}
