// Starts the production build on a fresh temporary SQLite file for the e2e suite.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3100";
const dir = mkdtempSync(path.join(tmpdir(), "briefdeck-e2e-"));
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
  BETTER_AUTH_URL: `http://localhost:${port}`,
  SEED_DEMO_ACCOUNTS: "true",
  PORT: port,
  NEXT_TELEMETRY_DISABLED: "1",
};

async function main(): Promise<void> {
  // setup-database reads env at import time, so run it in a child with the temp DATABASE_URL.
  await new Promise<void>((resolve, reject) => {
    const setup = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/setup-db.ts"], { env, stdio: "inherit" });
    setup.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`setup-db exited ${code}`))));
  });
  const server = spawn("node_modules/.bin/next", ["start", "-p", port], { env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
  const cleanup = () => {
    server.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGTERM", () => { cleanup(); process.exit(0); });
  process.on("SIGINT", () => { cleanup(); process.exit(0); });
  server.on("exit", (code) => { rmSync(dir, { recursive: true, force: true }); process.exit(code ?? 0); });
}

main().catch((error: unknown) => {
  console.error(`[e2e-server] ${error instanceof Error ? error.message : String(error)}`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
