import { CLAMP_PARAMETERS, default_w, W17_W18_Ceiling } from "ts-fsrs";
import { z } from "zod";

/** FSRS-6 has 21 weights; ts-fsrs 5 and the fsrs-rs optimiser (binding 0.5) both use this length. */
export const FSRS_PARAMETER_COUNT = 21;

/** The weights every learner is scheduled with until they optimise (ts-fsrs' FSRS-6 defaults). */
export const DEFAULT_FSRS_PARAMETERS: readonly number[] = Object.freeze([...default_w]);

// ts-fsrs' own clamp ranges, with the widest w17/w18 ceiling: a value outside them would be silently clipped by
// the scheduler, so a stored array that needs clipping is not what the optimiser proposed and is refused instead.
const BOUNDS = CLAMP_PARAMETERS(W17_W18_Ceiling, true);

/**
 * A learner's FSRS weights as stored and as accepted at the boundary: exactly 21 finite numbers, each inside the
 * range ts-fsrs would clamp it to. Anything else is refused (on apply) or ignored (on read: defaults are used).
 */
export const fsrsParametersSchema = z
  .array(z.number().finite("Each parameter must be a finite number."), { error: "Parameters must be a list of numbers." })
  .length(FSRS_PARAMETER_COUNT, `Exactly ${FSRS_PARAMETER_COUNT} parameters are needed.`)
  .superRefine((w, ctx) => {
    w.forEach((value, i) => {
      const [min = -Infinity, max = Infinity] = BOUNDS[i] ?? [];
      if (!(value >= min - 1e-9 && value <= max + 1e-9)) {
        ctx.addIssue({ code: "custom", path: [i], message: `Parameter ${i + 1} must be between ${min} and ${max}.` });
      }
    });
  });

/**
 * The stored column (JSON text or null) → the weights to schedule with, or null for "the defaults".
 * A malformed value never reaches the scheduler: the learner is scheduled as if they had never optimised.
 */
export function parseStoredFsrsParameters(stored: string | null | undefined): number[] | null {
  if (!stored) return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = fsrsParametersSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Answers needed before "Optimise my schedule" is offered. fsrs-rs itself trains on far fewer items, but with a
 * few dozen reviews the fitted weights follow noise; 400 is the figure the FSRS community uses as "enough"
 * (and our synthetic-learner test shows a clear gain over the defaults from there on).
 */
export const OPTIMIZER_MIN_REVIEWS = 400;
