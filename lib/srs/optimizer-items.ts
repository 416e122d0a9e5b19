/**
 * The learner's review log → the review sequences the FSRS optimiser trains on, validated so that the
 * optimiser never sees an item it would panic on. fsrs-rs (through @open-spaced-repetition/binding) aborts the
 * whole process, uncatchably, on an item with no review at a positive interval, and misbehaves on ratings outside
 * 1–4, negative or fractional intervals, or a first review at a non-zero interval.
 *
 * Intervals are counted in the learner's own days (the log's dayKey, which already applies their time zone and
 * day start hour), as Anki does with its "next day starts at" setting.
 */

/** One answer that still counts (not undone, not an undo row), as read from the log. */
export interface OptimizerLogRow {
  cardId: string;
  rating: number;
  /** Card state before the answer: 0 = new. */
  stateBefore: number;
  /** Learner-local day, YYYY-MM-DD. */
  dayKey: string;
  reviewedAt: Date;
}

/** [rating 1–4, days since the previous review (0 for the first)]. */
export type OptimizerReview = readonly [rating: number, deltaT: number];

export interface OptimizerSequences {
  /** One per card history that starts with the card's first (new-card) answer. */
  sequences: OptimizerReview[][];
  /** Answers that are counted and usable. */
  reviews: number;
  /** Answers left out, by reason (for the learner and for tests). */
  dropped: { invalidRating: number; noFirstAnswer: number; badDay: number };
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(dayKey: string): number | null {
  const m = DAY_KEY.exec(dayKey);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : null;
}

/**
 * Groups rows by card, orders each card's answers by time, and keeps each history from the card's first answer
 * as a new card onward (a history whose start is missing would teach the optimiser a wrong first stability).
 * A card whose log is damaged (a rating outside 1–4, an unreadable day) is left out whole rather than guessed at.
 */
export function toOptimizerSequences(rows: Iterable<OptimizerLogRow>): OptimizerSequences {
  const byCard = new Map<string, OptimizerLogRow[]>();
  for (const row of rows) {
    const list = byCard.get(row.cardId);
    if (list) list.push(row);
    else byCard.set(row.cardId, [row]);
  }
  const out: OptimizerSequences = { sequences: [], reviews: 0, dropped: { invalidRating: 0, noFirstAnswer: 0, badDay: 0 } };
  for (const list of byCard.values()) {
    list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    if (list.some((r) => !Number.isInteger(r.rating) || r.rating < 1 || r.rating > 4)) {
      out.dropped.invalidRating += list.length;
      continue;
    }
    const days = list.map((r) => dayNumber(r.dayKey));
    if (days.some((d) => d === null)) {
      out.dropped.badDay += list.length;
      continue;
    }
    let current: OptimizerReview[] | null = null;
    let previousDay = 0;
    list.forEach((row, i) => {
      const day = days[i] as number;
      if (row.stateBefore === 0) {
        // A new-card answer starts a history (a card reset to new starts a fresh one).
        current = [[row.rating, 0]];
        out.sequences.push(current);
      } else if (current) {
        // A time-zone change can move a later answer to an earlier local day: count it as the same day.
        current.push([row.rating, Math.max(0, day - previousDay)]);
      } else {
        out.dropped.noFirstAnswer++;
        return;
      }
      out.reviews++;
      previousDay = day;
    });
  }
  return out;
}

/** True when fsrs-rs accepts the item: first review at 0 days, ratings 1–4, whole days ≥ 0, one of them > 0. */
export function isValidOptimizerItem(reviews: readonly OptimizerReview[]): boolean {
  if (reviews.length < 2) return false;
  let positive = false;
  for (let i = 0; i < reviews.length; i++) {
    const [rating, delta] = reviews[i] as OptimizerReview;
    if (!Number.isInteger(rating) || rating < 1 || rating > 4) return false;
    if (!Number.isInteger(delta) || delta < 0 || delta > 1_000_000) return false;
    if (i === 0 && delta !== 0) return false;
    if (delta > 0) positive = true;
  }
  return positive;
}

/**
 * The training items of fsrs-rs: one per answer after the first, holding the card's history up to and including
 * that answer (the last review is the one predicted). Items with no review at a positive interval are dropped
 * here (the optimiser cannot use them and would abort on them), as is anything else `isValidOptimizerItem` refuses.
 */
export function expandOptimizerItems(sequences: readonly (readonly OptimizerReview[])[]): OptimizerReview[][] {
  const items: OptimizerReview[][] = [];
  for (const sequence of sequences) {
    for (let end = 2; end <= sequence.length; end++) {
      const item = sequence.slice(0, end);
      if (isValidOptimizerItem(item)) items.push(item);
    }
  }
  return items;
}
