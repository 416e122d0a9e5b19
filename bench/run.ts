// npm run bench [-- --json] [-- --only generator,optimizer,review,js,stats,dashboard] [-- --quick] [-- --rounds 3] [-- --seconds 8]
// Prints medians and p99s, each against a baseline measured in the same run.
import { copyFileSync, rmSync } from "node:fs";
import { ensureBuild } from "../scripts/ensure-build";
import { benchGenerator } from "./generator";
import { benchOptimizer } from "./optimizer";
import { cachedLearningDb } from "./fixtures/cached-fixture";
import { benchReviewPath } from "./review-path";
import { benchPageJavaScript } from "./page-javascript";
import { benchPages } from "./pages";
import { runInProcess } from "./support/in-process";
import { startServer } from "./support/server";
import { Report } from "./support/stats";

const args = process.argv.slice(2);
const json = args.includes("--json");
const quick = args.includes("--quick");
const onlyArg = args.find((a) => a.startsWith("--only"));
const only = onlyArg ? new Set((onlyArg.includes("=") ? onlyArg.split("=")[1]! : args[args.indexOf(onlyArg) + 1] ?? "").split(",")) : null;
const wants = (name: string) => !only || only.has(name);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
// Bench servers listen on BENCH_PORT and the next port (so parallel worktrees can each run one).
const benchPort = Number(process.env.BENCH_PORT ?? 3210);

async function main(): Promise<void> {
  const report = new Report(json);
  const log = (m: string) => (json ? process.stderr.write(`${m}\n`) : console.log(`  ${m}`));
  const now = Date.now();

  if (wants("generator")) await benchGenerator(report);
  if (wants("optimizer")) await benchOptimizer(report, { quick });

  if (wants("review") || wants("js") || wants("stats")) {
    const study = { learners: quick ? 101 : 201, questions: 500, reviewsPerCard: quick ? 4 : 20, heavyReviewsPerCard: 100, now };
    // 200 learners × 500 cards × 20 reviews (2M rows), plus one learner with 50,000 reviews for the statistics page.
    // Reviews write to the database: run on a copy so the cached fixture stays pristine for the next run.
    const file = workingCopy(await cachedLearningDb("study", study, log));
    if (!json) ensureBuild();
    else ensureBuildQuietly();
    const server = await startServer(file, benchPort);
    try {
      if (wants("review")) {
        await runInProcess(report, "bench/in-process/next-card.ts", file);
        await runInProcess(report, "bench/in-process/request-path.ts", file);
        await benchReviewPath(report, server, {
          learners: study.learners,
          questions: study.questions,
          fixtureVersion: study.reviewsPerCard,
          rounds: numberArg("--rounds", 3),
          seconds: numberArg("--seconds", quick ? 4 : 8),
        });
      }
      if (wants("js")) await benchPageJavaScript(report, server, 0);
      if (wants("stats")) await benchPages(report, server, "stats", study.learners - 1);
    } finally {
      await server.stop();
    }
  }

  if (wants("dashboard")) {
    // A class of 1,000 learners on a 300-question deck with 30 reviews per learner-question (9M rows).
    const spec = { learners: quick ? 100 : 1000, questions: 300, reviewsPerCard: quick ? 3 : 30, withClass: true, now };
    const file = await cachedLearningDb("dashboard", spec, log);
    ensureBuildQuietly();
    const server = await startServer(file, benchPort + 1);
    try {
      await runInProcess(report, "bench/in-process/dashboard.ts", file);
      await benchPages(report, server, "dashboard", 0);
    } finally {
      await server.stop();
    }
  }

  if (json) process.stdout.write(`${JSON.stringify(report.results)}\n`);
}

function workingCopy(fixture: string): string {
  const copy = fixture.replace(/\.db$/, ".run.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(copy + suffix, { force: true });
  copyFileSync(fixture, copy);
  return copy;
}

function ensureBuildQuietly(): void {
  ensureBuild();
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
