import { spawnSync } from "node:child_process";
import type { BenchResult, Report } from "./stats";

/**
 * Runs a data-layer benchmark in a child process bound to the fixture database (the Prisma client
 * reads DATABASE_URL once at import), and merges the results it prints as JSON on its last line.
 */
export async function runInProcess(report: Report, script: string, databaseUrl: string): Promise<void> {
  const child = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", script], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${script} failed: ${child.stderr}`);
  const lines = child.stdout.trim().split("\n");
  const last = lines[lines.length - 1] ?? "{}";
  const parsed = JSON.parse(last) as { section: string; results: BenchResult[]; notes?: string[] };
  report.section(parsed.section);
  for (const r of parsed.results) report.add(r.name, r.value, r.unit);
  for (const n of parsed.notes ?? []) report.note(n);
}
