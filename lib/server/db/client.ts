import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseFilePath } from "@/lib/database-url";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";
import { guardDatabaseFile } from "./guard-database-file";
import { recoverFailedTransactions } from "./recover-failed-transactions";

// One client per process: Next dev re-evaluates modules on every change.
const globalForDb = globalThis as unknown as { briefdeckDb?: PrismaClient };

/**
 * DATABASE_URL picks the database: file: (and no URL) is the embedded SQLite file, postgresql://
 * is PostgreSQL. Both clients are generated from one model (prisma/schema.prisma and its derived
 * prisma/postgres/schema.prisma), so their query APIs are the same; the rest of the code sees one
 * type. Raw SQL that differs between the two lives in sql-dialect.ts.
 */
function createClient(): PrismaClient {
  if (env.DATABASE_PROVIDER === "postgresql") {
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  // SQLite's one connection needs the resilience wrappers: see recover-failed-transactions.ts and guard-database-file.ts.
  const sqlite = recoverFailedTransactions(new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 }));
  const file = databaseFilePath(env.DATABASE_URL);
  const adapter = file && file !== ":memory:" ? guardDatabaseFile(sqlite, file) : sqlite;
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.briefdeckDb ?? createClient();
if (!env.isProduction) globalForDb.briefdeckDb = db;

export type Db = PrismaClient;
export type { Prisma } from "./generated/client";
