// npm run bench [-- --json] [-- --only generator,optimizer,review,js,stats,dashboard,browser,instances] [-- --quick] [-- --rounds 3] [-- --seconds 8]
// Prints medians and p99s, each against a baseline measured in the same run.
// DATABASE_URL=postgresql://…/briefdeck_bench npm run bench: the same sections on PostgreSQL (fixtures are
// databases named after that one, loaded by COPY and cached between runs), plus two instances against one.
import { ensureBuild } from "../scripts/ensure-build";
import { benchBrowser } from "./browser";
import { benchGenerator } from "./generator";
import { cachedLearningDb, workingCopy } from "./fixtures/cached-fixture";
import { benchOptimizer } from "./optimizer";
import { benchReviewPath, benchTwoInstances } from "./review-path";
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
const postgresUrl = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : undefined;
const database = postgresUrl ? "PostgreSQL" : "SQLite";

async function main(): Promise<void> {
  const report = new Report(json);
  const log = (m: string) => (json ? process.stderr.write(`${m}\n`) : console.log(`  ${m}`));
  const now = Date.now();

  if (wants("generator")) await benchGenerator(report);
  if (wants("optimizer")) await benchOptimizer(report, { quick });

  if (wants("review") || wants("js") || wants("stats") || (postgresUrl && wants("instances"))) {
    const study = { learners: quick ? 152 : 201, questions: 500, reviewsPerCard: quick ? 4 : 20, heavyReviewsPerCard: 100, now };
    // 200 learners × 500 cards × 20 reviews (2M rows), plus one learner with 50,000 reviews for the statistics page.
    // Reviews write to the database: run on a copy so the cached fixture stays pristine for the next run.
    const url = await workingCopy(await cachedLearningDb("study", study, log, postgresUrl));
    if (!json) ensureBuild();
    else ensureBuildQuietly();
    const server = await startServer(url, benchPort);
    const options = {
      learners: study.learners,
      questions: study.questions,
      fixtureVersion: study.reviewsPerCard,
      rounds: numberArg("--rounds", 3),
      seconds: numberArg("--seconds", quick ? 4 : 8),
    };
    try {
      if (wants("review")) {
        await runInProcess(report, "bench/in-process/next-card.ts", url);
        await runInProcess(report, "bench/in-process/request-path.ts", url);
        await benchReviewPath(report, server, { ...options, database });
      }
      if (wants("js")) await benchPageJavaScript(report, server, 0);
      if (wants("stats")) await benchPages(report, server, "stats", study.learners - 1);
      if (postgresUrl && wants("instances")) {
        const second = await startServer(url, benchPort + 2);
        try {
          await benchTwoInstances(report, server, second, options);
        } finally {
          await second.stop();
        }
      }
    } finally {
      await server.stop();
    }
  }

  if (wants("dashboard")) {
    // A class of 1,000 learners on a 300-question deck with 30 reviews per learner-question (9M rows).
    const spec = { learners: quick ? 100 : 1000, questions: 300, reviewsPerCard: quick ? 3 : 30, withClass: true, now };
    const url = await cachedLearningDb("dashboard", spec, log, postgresUrl);
    ensureBuildQuietly();
    const server = await startServer(url, benchPort + 1);
    try {
      await runInProcess(report, "bench/in-process/dashboard.ts", url);
      await benchPages(report, server, "dashboard", 0);
    } finally {
      await server.stop();
    }
  }

  if (wants("browser")) {
    ensureBuildQuietly();
    await benchBrowser(report, benchPort + 2, now, log);
  }

  if (json) process.stdout.write(`${JSON.stringify(report.results)}\n`);
}

function ensureBuildQuietly(): void {
  ensureBuild();
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
