// Runs inside the optimiser child process (optimizer-worker.mjs), which has no "react-server" condition: so no
// "server-only" import here. The only module that loads the fsrs-rs binding: the web server never does, so a
// panic in it (which aborts the process, uncatchably) can only take this child down.
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import type { OptimizerReview } from "@/lib/srs/optimizer-items";

export type OptimizerJob = {
  /** Training items (see expandOptimizerItems), validated by the parent. Sent as plain arrays over IPC. */
  items: OptimizerReview[][];
  /** ts-fsrs' default weights, to compare against. */
  defaultParameters: number[];
  /** The weights the learner is scheduled with today (their own, or the defaults again). */
  currentParameters: number[];
  /** fsrs-rs' own soft time limit (ms) for training; the parent's hard limit stays the guarantee. */
  timeoutMs?: number;
};

export type Evaluation = { logLoss: number; rmse: number };

export type OptimizerJobResult = {
  parameters: number[];
  defaults: Evaluation;
  current: Evaluation;
  proposed: Evaluation;
  items: number;
  /** Items the two evaluations were scored on. */
  scoredItems: number;
  trainMs: number;
  /** Peak resident memory of this process, in bytes. */
  peakRssBytes: number;
};

function toBindingItems(items: readonly OptimizerReview[][]): FSRSBindingItem[] {
  return items.map((reviews) => new FSRSBindingItem(reviews.map(([rating, delta]) => new FSRSBindingReview(rating, delta))));
}

/** Both sets of weights are scored the same way: fsrs-rs' evaluate on the same items (log loss, binned RMSE). */
function evaluate(parameters: number[], items: FSRSBindingItem[]): Evaluation {
  const evaluation = new FSRSBinding(parameters).evaluate(items);
  return { logLoss: evaluation.logLoss, rmse: evaluation.rmseBins };
}

export async function runOptimizerJob(job: OptimizerJob): Promise<OptimizerJobResult> {
  const items = toBindingItems(job.items);
  const started = performance.now();
  // Short-term (same-day) reviews count, and the app schedules one relearning step ("10m"): see lib/srs/settings.ts.
  const parameters = await computeParameters(items, { enableShortTerm: true, numRelearningSteps: 1, timeout: job.timeoutMs });
  const trainMs = performance.now() - started;
  // Scored on the answers given at least a day after the previous one. FSRS predicts certain recall (R = 1) for an
  // answer at zero elapsed days, so one forgotten same-day step would make the log loss infinite (fsrs-rs then
  // refuses with InvalidInput); across days is also what the learner's intervals are made of.
  const scored = toBindingItems(job.items.filter((item) => (item[item.length - 1]?.[1] ?? 0) > 0));
  if (scored.length === 0) throw new Error("none of your answers came a day or more after the previous one, so nothing can be scored yet");
  const defaults = evaluate(job.defaultParameters, scored);
  const current = evaluate(job.currentParameters, scored);
  const proposed = evaluate(parameters, scored);
  // maxRSS is in kilobytes.
  return { parameters, defaults, current, proposed, items: items.length, scoredItems: scored.length, trainMs, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}
