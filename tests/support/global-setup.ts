import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { postgresUrlFor, testPostgresUrl, testProvider } from "./test-database";

function migrate(url: string): void {
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
}

/**
 * Migrates one template database per run; each test file gets its own copy (database-per-file.ts):
 * a copied SQLite file, or on PostgreSQL a `CREATE DATABASE … TEMPLATE …` clone (milliseconds,
 * where migrating each would take seconds).
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "briefdeck-vitest-"));
  project.provide("tempDir", dir);
  if (testProvider === "sqlite") {
    const template = path.join(dir, "template.db");
    migrate(`file:${template}`);
    project.provide("templateDatabase", template);
    return () => rmSync(dir, { recursive: true, force: true });
  }
  // Database names carry the run's id so parallel runs (and other users of the server) never collide.
  const prefix = `postgres_t${randomBytes(4).toString("hex")}`;
  const template = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  migrate(postgresUrlFor(testPostgresUrl, template));
  project.provide("templateDatabase", template);
  project.provide("databasePrefix", prefix);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    tempDir: string;
    databasePrefix: string;
  }
}
