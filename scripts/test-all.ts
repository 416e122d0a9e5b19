// npm test: typecheck, lint, unit + integration (Vitest), e2e (Playwright on a production build).
// Ends with one line summing every suite: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { runE2ePasses, type E2ePass } from "./e2e";

type Tally = { name: string; passed: number; failed: number; skipped: number; seconds: number };
const tallies: Tally[] = [];
const reports = path.resolve("test-results/reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function step(name: string, fn: () => Omit<Tally, "name" | "seconds">): void {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const t = fn();
  tallies.push({ name, ...t, seconds: Math.round((Date.now() - started) / 100) / 10 });
}

function command(cmd: string, args: string[]): { passed: number; failed: number; skipped: number } {
  const ok = spawnSync(cmd, args, { stdio: "inherit" }).status === 0;
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

type VitestJson = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean };
type PwStats = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };

step("typecheck (tsc)", () => command("node_modules/.bin/tsc", ["--noEmit"]));
step("lint (eslint)", () => command("node_modules/.bin/eslint", [".", "--max-warnings=0"]));
function vitest(label: string, args: string[], env: NodeJS.ProcessEnv = process.env): Omit<Tally, "name" | "seconds"> {
  const file = path.join(reports, `vitest-${label}.json`);
  const status = spawnSync("node_modules/.bin/vitest", ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], { stdio: "inherit", env }).status;
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as VitestJson;
  const failed = r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0);
  return { passed: r.numPassedTests, failed, skipped: r.numPendingTests + r.numTodoTests };
}

/** Runs e2e passes side by side (scripts/e2e.ts) and records one tally per pass, each with the step's wall time. */
async function e2eStep(title: string, passes: Array<E2ePass & { name: string }>): Promise<void> {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const statuses = await runE2ePasses(passes);
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  passes.forEach((p, i) => tallies.push({ name: p.name, ...playwrightTally(p.jsonReport, statuses[i] ?? 1), seconds }));
}

/** One e2e pass's tally from its JSON report and exit status. */
function playwrightTally(file: string, status: number): Omit<Tally, "name" | "seconds"> {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as PwStats;
  const failed = r.stats.unexpected + (status !== 0 && r.stats.unexpected === 0 ? 1 : 0);
  return { passed: r.stats.expected + r.stats.flaky, failed, skipped: r.stats.skipped };
}

/** Whether the PostgreSQL server for the second pass answers (TEST_POSTGRES_URL, default 127.0.0.1:5432). */
async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres", connectionTimeoutMillis: 3000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<void> {
  const postgres = await postgresAnswers();
  // CI must run the PostgreSQL pass (.ci/run starts or installs the server and sets this); a laptop
  // without PostgreSQL skips it and says so.
  const requirePostgres = process.env.BRIEFDECK_REQUIRE_POSTGRES === "1";
  function postgresStep(name: string, run: () => Omit<Tally, "name" | "seconds">): void {
    if (postgres) return step(name, run);
    const message = `PostgreSQL does not answer at ${process.env.TEST_POSTGRES_URL ?? "127.0.0.1:5432"}`;
    if (requirePostgres) return step(name, () => (console.error(`${message}, and BRIEFDECK_REQUIRE_POSTGRES=1`), { passed: 0, failed: 1, skipped: 0 }));
    console.log(`\n=== ${name} ===\nSKIPPED: ${message}. Start it (pg_ctlcluster 15 main start) or set TEST_POSTGRES_URL; .ci/run does this for you.`);
  }

  step("unit + integration (vitest, SQLite)", () => vitest("sqlite", []));
  // The e2e suite on SQLite and on PostgreSQL, side by side: each pass has its own production server, port and
  // database, and each mostly waits on the browser (one after the other they took 8 minutes each of a 27-minute run).
  // Builds the production bundle first, which the two-instance test below starts twice.
  // A test that measures the server's latency (tagged @alone) runs afterwards, on SQLite, with no other server running:
  // two servers' busy workers on two cores made a 200 ms bound fail (a CI run of this change).
  const together = ["--grep-invert", "@alone"];
  const pass = (label: string, name: string, env: Record<string, string>, args: string[]): E2ePass & { name: string } => ({ label, name, env, args, jsonReport: path.join(reports, `playwright-${label}.json`) });
  await e2eStep("end-to-end (playwright, SQLite and PostgreSQL side by side)", [
    pass("sqlite", "end-to-end (playwright, SQLite)", {}, together),
    ...(postgres ? [pass("postgres", "end-to-end (playwright, PostgreSQL)", { E2E_DATABASE: "postgres" }, together)] : []),
  ]);
  if (!postgres) postgresStep("end-to-end (playwright, PostgreSQL)", () => ({ passed: 0, failed: 0, skipped: 0 }));
  await e2eStep("end-to-end (playwright, SQLite, latency tests alone)", [pass("alone", "end-to-end (latency, alone)", {}, ["--grep", "@alone"])]);
  // The integration suite again on PostgreSQL (pure unit tests under lib/ do not touch a database),
  // including the two-instance test, the upgrade test and the backup test's PostgreSQL side.
  // (Not the generator's corpus, which never opens a database, nor demo-seeding, whose start-ups run on SQLite files
  // of their own by design: both would only run the same thing twice.)
  postgresStep("integration (vitest, PostgreSQL)", () =>
    vitest("postgres", ["tests", "--exclude", "tests/generator/**", "--exclude", "tests/auth/demo-seeding.test.ts"], { ...process.env, TEST_DATABASE: "postgres" }));

  console.log("\n=== summary ===");
  for (const t of tallies) console.log(`${t.name.padEnd(30)} ${String(t.passed).padStart(4)} passed ${String(t.failed).padStart(3)} failed ${String(t.skipped).padStart(3)} skipped  ${t.seconds}s`);
  const passed = tallies.reduce((s, t) => s + t.passed, 0);
  const failed = tallies.reduce((s, t) => s + t.failed, 0);
  const skipped = tallies.reduce((s, t) => s + t.skipped, 0);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
