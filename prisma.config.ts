// The CLI sees the same .env files as `next start`.
import "./scripts/load-env";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, resolveDatabaseUrl } from "./lib/database-url";
import { CatalogTextPool } from "./prisma/postgres/catalog-type-pool";
import { unrefEngineTimers } from "./prisma/postgres/unref-engine-timers";

// The JS schema engine runs migrations through the driver adapter: no binary download.
// DATABASE_URL picks the provider: file: (default) is SQLite, postgresql:// is PostgreSQL.
const url = resolveDatabaseUrl(process.env.DATABASE_URL);
process.env.DATABASE_URL = url;
const postgres = databaseProvider(url) === "postgresql";
if (postgres) unrefEngineTimers();
const root = postgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(root, "schema.prisma"),
  migrations: { path: path.join(root, "migrations") },
  adapter: async () => (postgres ? new PrismaPg(new CatalogTextPool({ connectionString: url, allowExitOnIdle: true })) : new PrismaBetterSQLite3({ url })),
});
