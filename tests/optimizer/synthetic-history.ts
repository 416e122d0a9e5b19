/**
 * A learner whose memory follows FSRS with KNOWN weights (`trueWeights`), scheduled the way Briefdeck schedules
 * today (default weights, lib/srs applyRating). Each answer's success is drawn from the true model's recall
 * probability at that moment, with a seeded RNG, so the history is the same on every run. An optimiser that works
 * must fit this history better than the default weights do.
 */
import { fsrs, Rating, type Card as FsrsCard, type Grade, createEmptyCard } from "ts-fsrs";
import { seededRandom } from "@/lib/random/seeded-random";
import { createNewCard } from "@/lib/srs/card";
import { dayKeyOf } from "@/lib/srs/learner-day";
import { applyRating } from "@/lib/srs/next-states";
import { forgettingCurve } from "@/lib/srs/retrievability";
import type { OptimizerLogRow } from "@/lib/srs/optimizer-items";
import { RATINGS, type Card } from "@/lib/srs/types";

const DAY = 86_400_000;
const MINUTE = 60_000;

/** A memory that is clearly not the default one: slower initial stability growth, faster forgetting, harder cards. */
export const TRUE_WEIGHTS: readonly number[] = [
  0.1, 0.6, 1.5, 6.0, 7.5, 0.6, 2.4, 0.02, 1.1, 0.08, 0.7, 1.9, 0.09, 0.4, 1.6, 0.3, 2.2, 0.4, 0.2, 0.1, 0.35,
];

export type SyntheticOptions = {
  seed: number;
  /** How many answers to stop at (roughly; the day in progress finishes). */
  targetReviews: number;
  newPerDay?: number;
  trueWeights?: readonly number[];
  start?: Date;
};

type SimCard = { id: string; scheduled: Card; truth: FsrsCard };

/** The review log of one simulated learner, as the optimiser reads it (all answers count; no undo). */
export function syntheticHistory(options: SyntheticOptions): OptimizerLogRow[] {
  const random = seededRandom(options.seed);
  const trueWeights = [...(options.trueWeights ?? TRUE_WEIGHTS)];
  const truth = fsrs({ w: trueWeights, enable_fuzz: false, enable_short_term: true });
  const newPerDay = options.newPerDay ?? 20;
  const start = options.start ?? new Date("2025-01-06T00:00:00Z");
  const rows: OptimizerLogRow[] = [];
  const cards: SimCard[] = [];
  let nextId = 0;

  for (let day = 0; rows.length < options.targetReviews; day++) {
    let t = start.getTime() + day * DAY + 9 * 60 * MINUTE + Math.floor(random() * 60) * MINUTE;
    const dayEnd = start.getTime() + (day + 1) * DAY;
    for (let i = 0; i < newPerDay; i++) {
      const at = new Date(t);
      cards.push({ id: `c${nextId++}`, scheduled: createNewCard(at), truth: createEmptyCard(at) });
    }
    // One session: answer whatever is due, then the learning steps that come due within half an hour of each other.
    let queue = cards.filter((c) => c.scheduled.due.getTime() <= t).sort((a, b) => a.scheduled.due.getTime() - b.scheduled.due.getTime());
    while (queue.length > 0) {
      const later: SimCard[] = [];
      for (const card of queue) {
        t = Math.max(t, card.scheduled.due.getTime());
        const now = new Date(t);
        const rating = drawRating(card, now, trueWeights, random);
        const before = card.scheduled;
        card.scheduled = applyRating({ card: before, cardId: card.id, now }, RATINGS[rating - 1]!).card;
        card.truth = truth.next(card.truth, now, rating as Grade).card;
        rows.push({ cardId: card.id, rating, stateBefore: before.state, dayKey: dayKeyOf(now, "UTC", 4), reviewedAt: now });
        t += 20_000 + Math.floor(random() * 40_000);
        if (card.scheduled.due.getTime() < Math.min(t + 30 * MINUTE, dayEnd)) later.push(card);
      }
      queue = later.sort((a, b) => a.scheduled.due.getTime() - b.scheduled.due.getTime());
    }
  }
  return rows;
}

function drawRating(card: SimCard, now: Date, weights: readonly number[], random: () => number): number {
  const x = random();
  if (card.truth.state === 0) {
    // First sight: how well the learner already knew it.
    return x < 0.25 ? Rating.Again : x < 0.4 ? Rating.Hard : x < 0.9 ? Rating.Good : Rating.Easy;
  }
  const elapsed = (now.getTime() - (card.truth.last_review?.getTime() ?? now.getTime())) / DAY;
  const recall = forgettingCurve(elapsed, card.truth.stability, weights);
  if (random() >= recall) return Rating.Again;
  return x < 0.12 ? Rating.Hard : x < 0.92 ? Rating.Good : Rating.Easy;
}
