import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "briefdeck-demo-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { should: boolean; demo: number; seeded: boolean; signIn: number; shown: boolean; stdout: string[] };

/** Runs the real start-up setup (as `npm start` does, NODE_ENV unset unless given) on a database file of its own. */
function runSetup(database: string, vars: { NODE_ENV?: string; BETTER_AUTH_URL?: string; SEED_DEMO_ACCOUNTS?: string }): Outcome {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${path.join(dir, `${database}.db`)}`, AUTH_RATE_LIMIT: "off" };
  delete env.SEED_DEMO_ACCOUNTS;
  delete env.BETTER_AUTH_URL;
  delete (env as Record<string, string | undefined>).NODE_ENV;
  Object.assign(env, vars);
  const out = execFileSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "tests/auth/support/run-setup.ts"], { env, encoding: "utf8" });
  const lines = out.trim().split("\n");
  return { ...(JSON.parse(lines.at(-1)!) as Omit<Outcome, "stdout">), stdout: lines.slice(0, -1) };
}

describe("demo accounts", () => {
  it("are seeded on a localhost origin outside production, and the sign-in page shows them", () => {
    expect(runSetup("local", { BETTER_AUTH_URL: "http://localhost:3000" })).toMatchObject({ should: true, demo: 4, seeded: true, signIn: 200, shown: true });
    expect(runSetup("loopback", { BETTER_AUTH_URL: "http://127.0.0.1:3000" })).toMatchObject({ should: true, demo: 4, signIn: 200 });
  }, 120_000);

  it("are never created for a public origin, even when NODE_ENV is left at its development default (npm start)", () => {
    expect(runSetup("public", { BETTER_AUTH_URL: "https://briefdeck.example.com" })).toMatchObject({
      should: false,
      demo: 0,
      seeded: false,
      signIn: 401,
      shown: false,
    });
  }, 120_000);

  it("are absent when setup runs with NODE_ENV=production", () => {
    expect(runSetup("production", { NODE_ENV: "production" })).toMatchObject({ should: false, demo: 0, seeded: false, signIn: 401, shown: false });
  }, 120_000);

  it("already in the database are disabled when the app starts on a public origin, with one line saying so", () => {
    expect(runSetup("moved", { BETTER_AUTH_URL: "http://localhost:3000" })).toMatchObject({ demo: 4, signIn: 200 });
    const moved = runSetup("moved", { BETTER_AUTH_URL: "https://briefdeck.example.com" });
    expect(moved).toMatchObject({ demo: 0, seeded: false, signIn: 401, shown: false });
    expect(moved.stdout.filter((l) => /demo account/.test(l))).toEqual([expect.stringMatching(/disabled 4 demo account\(s\).*briefdeck\.example\.com/)]);
    // A second start finds nothing left to disable and says nothing.
    expect(runSetup("moved", { BETTER_AUTH_URL: "https://briefdeck.example.com" }).stdout.filter((l) => /demo account/.test(l))).toEqual([]);
  }, 120_000);

  it("can be forced on a public origin with SEED_DEMO_ACCOUNTS=true (an explicit choice)", () => {
    expect(runSetup("forced", { BETTER_AUTH_URL: "https://briefdeck.example.com", SEED_DEMO_ACCOUNTS: "true" })).toMatchObject({ demo: 4, seeded: true, signIn: 200, shown: true });
  }, 120_000);
});
