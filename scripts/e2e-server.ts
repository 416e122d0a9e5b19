// Starts the production build on a fresh temporary database for the e2e suite: a SQLite file, or
// with E2E_DATABASE=postgres a new PostgreSQL database (dropped afterwards) on TEST_POSTGRES_URL's server.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { nextStartEnv } from "./next-start-env";

const port = process.env.E2E_PORT ?? "3100";
const dir = mkdtempSync(path.join(tmpdir(), "briefdeck-e2e-"));
const postgresServer = process.env.E2E_DATABASE === "postgres" ? (process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres") : null;
const postgresName = `postgres_e2e_${randomBytes(4).toString("hex")}`;
const databaseUrl = postgresServer ? Object.assign(new URL(postgresServer), { pathname: `/${postgresName}` }).toString() : `file:${path.join(dir, "e2e.db")}`;
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  BETTER_AUTH_URL: `http://localhost:${port}`,
  SEED_DEMO_ACCOUNTS: "true",
  PORT: port,
  NEXT_TELEMETRY_DISABLED: "1",
};

async function dropDatabase(): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  if (!postgresServer) return;
  const admin = new pg.Client({ connectionString: postgresServer });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${postgresName}" WITH (FORCE)`);
  await admin.end();
}

async function main(): Promise<void> {
  // setup-database reads env at import time, so run it in a child with the temp DATABASE_URL.
  await new Promise<void>((resolve, reject) => {
    const setup = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/setup-db.ts"], { env, stdio: "inherit" });
    setup.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`setup-db exited ${code}`))));
  });
  const server = spawn("node_modules/.bin/next", ["start", "-p", port], { env: nextStartEnv({ ...env, NODE_ENV: "production" }), stdio: "inherit" });
  const stop = () => {
    server.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => {
    dropDatabase()
      .catch((error: unknown) => console.error(`[e2e-server] could not drop ${postgresName}: ${String(error)}`))
      .finally(() => process.exit(code ?? 0));
  });
}

main().catch((error: unknown) => {
  console.error(`[e2e-server] ${error instanceof Error ? error.message : String(error)}`);
  void dropDatabase().finally(() => process.exit(1));
});
