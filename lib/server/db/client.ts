import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { databaseFilePath } from "@/lib/database-url";
import { env } from "@/lib/env";
import type { DirectSql } from "./direct-sql";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";
import { guardDatabaseFile } from "./guard-database-file";
import { postgresDirectSql } from "./postgres-direct-sql";
import { recoverFailedTransactions } from "./recover-failed-transactions";
import { SQLITE_DIRECT_GATE, type SqliteDirectGate, type WithSqliteDirectGate } from "./sqlite-direct-gate";
import { sqliteDirectSql } from "./sqlite-direct-sql";

type Clients = { db: PrismaClient; directSql: DirectSql };

// One client per process: Next dev re-evaluates modules on every change.
const globalForDb = globalThis as unknown as { briefdeckClients?: Clients };

/**
 * DATABASE_URL picks the database: file: (and no URL) is the embedded SQLite file, postgresql://
 * is PostgreSQL. Both clients are generated from one model (prisma/schema.prisma and its derived
 * prisma/postgres/schema.prisma), so their query APIs are the same; the rest of the code sees one
 * type. Raw SQL that differs between the two lives in sql-dialect.ts.
 * `directSql` (direct-sql.ts) reaches the same connection (SQLite) or pool (PostgreSQL) without the ORM.
 */
function createClients(): Clients {
  if (env.DATABASE_PROVIDER === "postgresql") {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 });
    // An idle connection's error (the server restarted) must not crash the process before Prisma attaches its own listener.
    pool.on("error", () => {});
    const adapter = new PrismaPg(pool);
    return { db: new PostgresPrismaClient({ adapter }) as unknown as PrismaClient, directSql: postgresDirectSql(pool) };
  }
  // SQLite's one connection needs the resilience wrappers: see recover-failed-transactions.ts and guard-database-file.ts.
  const sqlite = recoverFailedTransactions(new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 }));
  const file = databaseFilePath(env.DATABASE_URL);
  const guarded = file && file !== ":memory:" ? guardDatabaseFile(sqlite, file) : sqlite;
  // Prisma connects lazily and may reconnect: remember the gate of the connection it has open now.
  let gate: SqliteDirectGate | null = null;
  const adapter: SqlDriverAdapterFactory = {
    provider: guarded.provider,
    adapterName: guarded.adapterName,
    connect: async () => {
      const connection: SqlDriverAdapter & WithSqliteDirectGate = await guarded.connect();
      const mine = connection[SQLITE_DIRECT_GATE] ?? null;
      gate = mine;
      const dispose = connection.dispose.bind(connection);
      connection.dispose = () => {
        if (gate === mine) gate = null;
        return dispose();
      };
      return connection;
    },
  };
  const db = new PrismaClient({ adapter });
  const openGate = async (): Promise<SqliteDirectGate> => {
    if (!gate) await db.$connect();
    if (!gate) throw new Error("Prisma's better-sqlite3 adapter did not expose its connection (see sqlite-direct-gate.ts).");
    return gate;
  };
  return { db, directSql: sqliteDirectSql(openGate) };
}

const clients: Clients = globalForDb.briefdeckClients ?? createClients();
if (!env.isProduction) globalForDb.briefdeckClients = clients;

export const db: PrismaClient = clients.db;
export const directSql: DirectSql = clients.directSql;

export type Db = PrismaClient;
export type { Prisma } from "./generated/client";
