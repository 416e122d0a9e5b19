/** Review simulations and arbitraries for the scheduler's property tests. */
import fc from "fast-check";
import { applyRating } from "@/lib/srs/next-states";
import { createNewCard } from "@/lib/srs/card";
import { RATINGS, type Card, type RatingName, type ReviewLogFields, type SchedulerSettings } from "@/lib/srs/types";

export const MINUTE = 60_000;
export const DAY = 86_400_000;

export interface Step {
  rating: RatingName;
  /** Time since the previous review (or card creation). */
  gapMs: number;
}

export const ratingArb: fc.Arbitrary<RatingName> = fc.constantFrom(...RATINGS);

/** Gaps that hit every regime: same minute, learning steps, days, long lapses. */
export const gapArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 30 * MINUTE }),
  fc.integer({ min: 0, max: 3 * DAY }),
  fc.integer({ min: DAY, max: 400 * DAY }),
);

export const stepsArb: fc.Arbitrary<Step[]> = fc.array(fc.record({ rating: ratingArb, gapMs: gapArb }), { minLength: 1, maxLength: 25 });

export const startArb: fc.Arbitrary<Date> = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2090-01-01T00:00:00Z"), noInvalidDate: true });

export const cardIdArb: fc.Arbitrary<string> = fc.string({ minLength: 1, maxLength: 24 });

export interface Visit {
  before: Card;
  now: Date;
  rating: RatingName;
  after: Card;
  log: ReviewLogFields;
}

/** Answer `steps` one by one from a new card created at `start`. */
export function simulate(cardId: string, start: Date, steps: readonly Step[], settings?: Partial<SchedulerSettings>): { card: Card; visits: Visit[] } {
  let card = createNewCard(start);
  let t = start.getTime();
  const visits: Visit[] = [];
  for (const step of steps) {
    t += step.gapMs;
    const now = new Date(t);
    const out = applyRating({ card, cardId, now, settings }, step.rating);
    visits.push({ before: card, now, rating: step.rating, after: out.card, log: out.log });
    card = out.card;
  }
  return { card, visits };
}
