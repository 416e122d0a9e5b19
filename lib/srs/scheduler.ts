import { fsrs, StrategyMode, type AbstractScheduler, type FSRS } from "ts-fsrs";
import { toFsrsParameters } from "./settings";
import type { SchedulerSettings } from "./types";

/**
 * Fuzz seed for one review: card id + the card's rep count *after* the review.
 *
 * Why not ts-fsrs' GenSeedStrategyWithCardId: it computes `card_id + reps`,
 * so numeric ids collide (id 5/rep 3 = id 6/rep 2) and string ids concatenate
 * ambiguously ("a1"+"2" = "a"+"12"). The default strategy mixes in the review
 * time, so button labels would change while the learner looks at them.
 * The trailing reps is digits-only, so `${id}:${reps}` is unambiguous.
 */
export function fuzzSeed(cardId: string, repsAfterReview: number): string {
  return `${cardId}:${repsAfterReview}`;
}

/**
 * A ts-fsrs scheduler whose fuzz is seeded for `cardId`. One instance per card
 * (construction is cheap) so the seed is a closure, not a field on the card:
 * ts-fsrs' `reschedule` rebuilds cards from scratch and would drop such a field.
 */
export function createScheduler(cardId: string, settings?: Partial<SchedulerSettings>): FSRS {
  return fsrs(toFsrsParameters(settings)).useStrategy(StrategyMode.SEED, function seed(this: AbstractScheduler) {
    // `current` is protected in the .d.ts; it is the card being reviewed, reps already incremented.
    const current = Reflect.get(this, "current") as { reps: number };
    return fuzzSeed(cardId, current.reps);
  });
}
