import { default_w, FSRS6_DEFAULT_DECAY } from "ts-fsrs";

const DAY_MS = 86_400_000;

/**
 * The FSRS-6 forgetting curve, the one place it is written: R(t, S) = (1 + factor·t/S)^(−decay) with
 * factor = 0.9^(−1/decay) − 1, so R = 0.9 when t = S. Written out rather than calling ts-fsrs'
 * forgetting_curve because that rounds to 8 decimals, and the SQL aggregates (which use the two
 * constants below) must agree with it exactly.
 */
export function forgettingCurve(elapsedDays: number, stability: number, weights: readonly number[] = default_w): number {
  if (!(stability > 0)) return 0;
  const decay = weights[20] ?? FSRS6_DEFAULT_DECAY;
  const factor = Math.pow(0.9, -1 / decay) - 1;
  const r = Math.pow(1 + (factor * Math.max(0, elapsedDays)) / stability, -decay);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}

/** The default-weights curve's constants, for SQL that computes R per card in the database. */
export const FORGETTING_DECAY = default_w[20] ?? FSRS6_DEFAULT_DECAY;
export const FORGETTING_FACTOR = Math.pow(0.9, -1 / FORGETTING_DECAY) - 1;

/**
 * Probability of recalling the card at `now` (fractional days, so same-day reviews still order).
 * A card never reviewed counts as 0: nothing is known yet.
 */
export function retrievability(
  card: { state?: number; stability: number; lastReview: Date | null },
  now: Date | number,
  weights: readonly number[] = default_w,
): number {
  if (card.state === 0 || !card.lastReview) return 0;
  const at = typeof now === "number" ? now : now.getTime();
  return forgettingCurve((at - card.lastReview.getTime()) / DAY_MS, card.stability, weights);
}
