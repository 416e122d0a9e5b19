import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { inject } from "vitest";
import { postgresUrlFor, testPostgresUrl, testProvider } from "@/tests/support/test-database";

/** An empty database of the run's provider, beside the test file's own; dropped by the run's teardown. */
export async function emptyDatabase(): Promise<string> {
  if (testProvider === "sqlite") return `file:${path.join(inject("tempDir"), `${randomUUID()}.db`)}`;
  const name = `${inject("databasePrefix")}_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return postgresUrlFor(testPostgresUrl, name);
}

/** Runs a SQL script (a migration) on a database. */
export async function runScript(url: string, sql: string): Promise<void> {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length));
    db.exec(sql);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}

/**
 * `prisma migrate deploy` of `migrationsDir` (default: the provider's folder from prisma.config.ts)
 * onto `url`, through a throwaway config that changes nothing else.
 */
export function migrateDeploy(url: string, migrationsDir?: string): void {
  let config: string | undefined;
  if (migrationsDir) {
    config = path.resolve(`.prisma-config-${randomUUID()}.ts`);
    writeFileSync(config, `import base from "./prisma.config";\nexport default { ...base, migrations: { path: ${JSON.stringify(migrationsDir)} } };\n`);
  }
  try {
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy", ...(config ? ["--config", config] : [])], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "pipe"],
    });
  } finally {
    if (config) rmSync(config, { force: true });
  }
}
