import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";

// One client per process: Next dev re-evaluates modules on every change.
const globalForDb = globalThis as unknown as { briefdeckDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.briefdeckDb ?? createClient();
if (!env.isProduction) globalForDb.briefdeckDb = db;

export type Db = PrismaClient;
export type { Prisma } from "./generated/client";
