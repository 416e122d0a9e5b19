// npm test: typecheck, lint, unit + integration (Vitest), e2e (Playwright on a production build).
// Ends with one line summing every suite: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { runE2e } from "./e2e";

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
step("unit + integration (vitest)", () => {
  const file = path.join(reports, "vitest.json");
  const status = spawnSync("node_modules/.bin/vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], { stdio: "inherit" }).status;
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as VitestJson;
  const failed = r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0);
  return { passed: r.numPassedTests, failed, skipped: r.numPendingTests + r.numTodoTests };
});
step("end-to-end (playwright)", () => {
  const file = path.join(reports, "playwright.json");
  const status = runE2e([], file);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as PwStats;
  const failed = r.stats.unexpected + (status !== 0 && r.stats.unexpected === 0 ? 1 : 0);
  return { passed: r.stats.expected + r.stats.flaky, failed, skipped: r.stats.skipped };
});

console.log("\n=== summary ===");
for (const t of tallies) console.log(`${t.name.padEnd(30)} ${String(t.passed).padStart(4)} passed ${String(t.failed).padStart(3)} failed ${String(t.skipped).padStart(3)} skipped  ${t.seconds}s`);
const passed = tallies.reduce((s, t) => s + t.passed, 0);
const failed = tallies.reduce((s, t) => s + t.failed, 0);
const skipped = tallies.reduce((s, t) => s + t.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
