// Generates both Prisma clients: lib/server/db/generated (SQLite) and generated-pg (PostgreSQL).
// prisma.config.ts picks the schema from DATABASE_URL, so each run names a URL of its provider.
import { execFileSync } from "node:child_process";

const PROVIDER_URLS = ["file:./data/briefdeck.db", "postgresql://generate@127.0.0.1:5432/generate"];

export function generateClients(): void {
  for (const url of PROVIDER_URLS) {
    execFileSync("node_modules/.bin/prisma", ["generate"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "inherit"] });
  }
}

if (process.argv[1]?.endsWith("generate-clients.ts")) generateClients();
