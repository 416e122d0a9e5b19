import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_FSRS_PARAMETERS } from "@/lib/srs/fsrs-parameters";
import { expandOptimizerItems, toOptimizerSequences } from "@/lib/srs/optimizer-items";
import type { OptimizerJob, OptimizerJobResult } from "@/lib/server/optimizer/optimizer-job";
import { syntheticHistory } from "@/tests/optimizer/synthetic-history";
import { median, type Report } from "./support/stats";

// The same child the server forks (run-optimizer-process.ts imports "server-only", so the bench forks the worker
// file itself, with the same heap flag).
const WORKER = path.resolve("lib/server/optimizer/optimizer-worker.mjs");

type Run = { wallMs: number; trainMs: number; peakRssMiB: number; result: OptimizerJobResult };

function peakMiB(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function runChild(job: OptimizerJob): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = fork(WORKER, [], { execArgv: ["--max-old-space-size=512"], stdio: ["ignore", "ignore", "inherit", "ipc"], serialization: "advanced" });
    let peak = 0;
    const watch = setInterval(() => child.pid && (peak = Math.max(peak, peakMiB(child.pid))), 50);
    child.on("message", (m: { ready?: true; ok?: boolean; result?: OptimizerJobResult; message?: string }) => {
      if (m.ready) return void child.send(job);
      clearInterval(watch);
      if (!m.ok || !m.result) return reject(new Error(m.message ?? "optimiser failed"));
      const r = m.result;
      resolve({ wallMs: performance.now() - started, trainMs: r.trainMs, peakRssMiB: Math.max(peak, r.peakRssBytes / 1024 / 1024), result: r });
    });
    child.once("exit", (code) => {
      clearInterval(watch);
      if (code !== 0) reject(new Error(`optimiser child exited with ${code}`));
    });
  });
}

/**
 * Optimiser time and peak memory for synthetic learners with 10,000 and 50,000 reviews (tests/optimizer's
 * known-weights learner), 3 runs each, against the same child's fixed cost with a tiny history (the baseline).
 */
export async function benchOptimizer(report: Report, options: { quick?: boolean } = {}): Promise<void> {
  report.section("FSRS optimiser in its child process (3 runs each; baseline: the same child on 400 reviews, the smallest history it is offered)");
  const sizes = options.quick ? [10_000] : [10_000, 50_000];
  const jobFor = (reviews: number): OptimizerJob => {
    const sequences = toOptimizerSequences(syntheticHistory({ seed: 42, targetReviews: reviews, newPerDay: reviews >= 50_000 ? 40 : 20 }));
    return { items: expandOptimizerItems(sequences.sequences), defaultParameters: [...DEFAULT_FSRS_PARAMETERS], currentParameters: [...DEFAULT_FSRS_PARAMETERS] };
  };
  const baseline: Run[] = [];
  const tiny = jobFor(400);
  for (let i = 0; i < 3; i++) baseline.push(await runChild(tiny));
  report.add("baseline: child start + 400 reviews, wall median", median(baseline.map((r) => r.wallMs)), "ms");
  report.add("baseline: peak RSS", Math.max(...baseline.map((r) => r.peakRssMiB)), "MiB");
  for (const reviews of sizes) {
    const job = jobFor(reviews);
    const runs: Run[] = [];
    for (let i = 0; i < 3; i++) runs.push(await runChild(job));
    const label = `${reviews.toLocaleString("en")} reviews (${job.items.length.toLocaleString("en")} items)`;
    report.add(`${label}: wall median (start, train, 3 evaluations)`, median(runs.map((r) => r.wallMs)), "ms");
    report.add(`${label}: training median`, median(runs.map((r) => r.trainMs)), "ms");
    report.add(`${label}: peak RSS (max of runs)`, Math.max(...runs.map((r) => r.peakRssMiB)), "MiB");
    const last = runs.at(-1)!.result;
    report.note(`log loss default ${last.defaults.logLoss.toFixed(4)} → proposed ${last.proposed.logLoss.toFixed(4)}; RMSE ${last.defaults.rmse.toFixed(4)} → ${last.proposed.rmse.toFixed(4)}`);
  }
}
