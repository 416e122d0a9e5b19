import { default_w, forgetting_curve } from "ts-fsrs";
import type { CardStatInput } from "./types";

const DAY_MS = 86_400_000;

/**
 * Probability of recalling the card at `now` on the FSRS-6 forgetting curve (decay from the
 * weights). A card never reviewed counts as 0: nothing is known yet.
 */
export function retrievability(
  card: Pick<CardStatInput, "state" | "stability" | "lastReview">,
  now: Date,
  weights: readonly number[] = default_w,
): number {
  if (card.state === 0 || !card.lastReview || !(card.stability > 0)) return 0;
  const elapsedDays = Math.max(0, (now.getTime() - card.lastReview.getTime()) / DAY_MS);
  const r = forgetting_curve(weights, elapsedDays, card.stability);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}
