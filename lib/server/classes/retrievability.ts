import "server-only";
import { FSRS6_DEFAULT_DECAY } from "ts-fsrs";

/**
 * FSRS-6 forgetting curve R(t, S) = (1 + factor·t/S)^(−decay), factor = 0.9^(−1/decay) − 1, so R = 0.9
 * when t = S. Exposed as constants so SQL aggregates can compute the same curve per card.
 */
export const FORGETTING_DECAY = FSRS6_DEFAULT_DECAY;
export const FORGETTING_FACTOR = Math.pow(0.9, -1 / FORGETTING_DECAY) - 1;

export function retrievability(elapsedDays: number, stability: number): number {
  if (!(stability > 0)) return 0;
  return Math.pow(1 + (FORGETTING_FACTOR * Math.max(0, elapsedDays)) / stability, -FORGETTING_DECAY);
}
