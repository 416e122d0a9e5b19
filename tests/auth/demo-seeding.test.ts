import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "briefdeck-demo-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runSetup(nodeEnv: "development" | "production"): { should: boolean; demo: number; seeded: boolean } {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: nodeEnv, DATABASE_URL: `file:${path.join(dir, `${nodeEnv}.db`)}`, AUTH_RATE_LIMIT: "off" };
  delete env.SEED_DEMO_ACCOUNTS;
  const out = execFileSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "tests/auth/support/run-setup.ts"], { env, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as { should: boolean; demo: number; seeded: boolean };
}

describe("demo accounts", () => {
  it("are seeded in development", () => {
    expect(runSetup("development")).toEqual({ should: true, demo: 4, seeded: true });
  }, 120_000);

  it("are absent when setup runs with NODE_ENV=production", () => {
    expect(runSetup("production")).toEqual({ should: false, demo: 0, seeded: false });
  }, 120_000);
});
