import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { postgresUrlFor, testPostgresUrl, testProvider } from "./test-database";

// Runs before each test file's imports: a fresh migrated database, so files never share state.
if (testProvider === "sqlite") {
  const file = path.join(inject("tempDir"), `${randomUUID()}.db`);
  copyFileSync(inject("templateDatabase"), file);
  process.env.DATABASE_URL = `file:${file}`;
} else if (!process.env.DATABASE_URL?.includes(inject("databasePrefix"))) {
  const name = `${inject("databasePrefix")}_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
  } finally {
    await admin.end();
  }
  process.env.DATABASE_URL = postgresUrlFor(testPostgresUrl, name);
}
process.env.AUTH_RATE_LIMIT = process.env.AUTH_RATE_LIMIT ?? "off";
