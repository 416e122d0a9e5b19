import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { AppError, tooManyRequests } from "@/lib/server/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { releaseRateLimit } from "@/lib/server/rate-limit/release-rate-limit";
import { DEFAULT_FSRS_PARAMETERS, fsrsParametersSchema, OPTIMIZER_MIN_REVIEWS } from "@/lib/srs/fsrs-parameters";
import { expandOptimizerItems } from "@/lib/srs/optimizer-items";
import { loadOptimizerSequences } from "./load-optimizer-sequences";
import { signOptimizerProposal } from "./sign-optimizer-proposal";
import type { OptimizationOutcome, OptimizerEvaluation } from "./optimizer-types";
import { OPTIMIZER_TIME_LIMIT_MS, runOptimizerProcess, type OptimizerLimits } from "./run-optimizer-process";

/** Optimiser processes this server instance runs at once: each takes a core while it trains. */
const MAX_CONCURRENT = 1;
let running = 0;

const isEvaluation = (e: unknown): e is OptimizerEvaluation =>
  !!e && typeof e === "object" && Number.isFinite((e as OptimizerEvaluation).logLoss) && Number.isFinite((e as OptimizerEvaluation).rmse);

/**
 * Fits FSRS weights to the viewer's own review history and scores them, without storing anything: the learner
 * sees the comparison and decides (applyFsrsParameters). One optimisation at a time per learner (a rate-limit
 * point held while it runs) and per server instance; training runs in a child process with a time and memory
 * limit, so a crash or a hang there costs this request a clear error and nothing else.
 */
export async function optimizeSchedule(viewer: Viewer, limits: OptimizerLimits = {}): Promise<OptimizationOutcome> {
  const key = `fsrs-optimize:${viewer.id}`;
  const windowSec = Math.ceil((limits.timeLimitMs ?? OPTIMIZER_TIME_LIMIT_MS) / 1000) + 30;
  await consumeRateLimit(key, { points: 1, windowSec, message: "Your schedule is already being optimised. Please wait for it to finish." });
  try {
    await consumeRateLimit(`fsrs-optimize-hourly:${viewer.id}`, { points: 12, windowSec: 3600 });
    const history = await loadOptimizerSequences(viewer);
    if (history.reviews < OPTIMIZER_MIN_REVIEWS) return { kind: "too-few", reviews: history.reviews, needed: OPTIMIZER_MIN_REVIEWS };
    const items = expandOptimizerItems(history.sequences);
    if (running >= MAX_CONCURRENT) throw tooManyRequests("The optimiser is busy with another learner's schedule. Please try again in a minute.");
    running++;
    let result;
    try {
      const current = viewer.fsrsParameters ?? [...DEFAULT_FSRS_PARAMETERS];
      result = await runOptimizerProcess({ items, defaultParameters: [...DEFAULT_FSRS_PARAMETERS], currentParameters: current }, limits);
    } finally {
      running--;
    }
    // Never trust the child's answer: weights the scheduler would refuse, or scores that are not numbers, are refused here.
    const parameters = fsrsParametersSchema.safeParse(result?.parameters);
    if (!parameters.success || !isEvaluation(result.defaults) || !isEvaluation(result.proposed) || !isEvaluation(result.current)) {
      throw new AppError(422, "The optimiser returned parameters that cannot be used. Your schedule was not changed.");
    }
    const better = result.proposed.logLoss < result.current.logLoss;
    const token = signOptimizerProposal({
      userId: viewer.id,
      parameters: parameters.data,
      against: viewer.fsrsParameters ?? null,
      proposedLogLoss: result.proposed.logLoss,
      currentLogLoss: result.current.logLoss,
      issuedAt: Date.now(),
    });
    return {
      kind: "proposal",
      reviews: history.reviews,
      items: result.items,
      scoredItems: result.scoredItems,
      parameters: parameters.data,
      current: result.current,
      defaults: result.defaults,
      proposed: result.proposed,
      better,
      token,
    };
  } finally {
    await releaseRateLimit(key);
  }
}
