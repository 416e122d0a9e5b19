import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFilePath } from "@/lib/database-url";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";
import { guardDatabaseFile } from "./guard-database-file";
import { recoverFailedTransactions } from "./recover-failed-transactions";

// One client per process: Next dev re-evaluates modules on every change.
const globalForDb = globalThis as unknown as { briefdeckDb?: PrismaClient };

function createClient(): PrismaClient {
  // Resilience wrappers: see recover-failed-transactions.ts and guard-database-file.ts.
  const sqlite = recoverFailedTransactions(new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 }));
  const file = databaseFilePath(env.DATABASE_URL);
  const adapter = file && file !== ":memory:" ? guardDatabaseFile(sqlite, file) : sqlite;
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.briefdeckDb ?? createClient();
if (!env.isProduction) globalForDb.briefdeckDb = db;

export type Db = PrismaClient;
export type { Prisma } from "./generated/client";
