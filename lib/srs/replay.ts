import { createNewCard, fromFsrsCard, toFsrsCard, toGrade } from "./card";
import { createScheduler } from "./scheduler";
import type { Card, RatingName, SchedulerSettings } from "./types";

export interface ReplayReview {
  rating: RatingName;
  reviewedAt: Date;
}

/**
 * Rebuild a card from its review history, starting from an empty card.
 * Uses ts-fsrs `reschedule` with the same per-card fuzz seed as live reviews,
 * so the result equals the card produced by answering step by step.
 * Reviews are applied in the given order (callers pass them sorted by time).
 */
export function replayLog(
  cardId: string,
  reviews: readonly ReplayReview[],
  settings?: Partial<SchedulerSettings>,
  options: { createdAt?: Date } = {},
): Card {
  const empty = createNewCard(options.createdAt ?? reviews[0]?.reviewedAt ?? new Date(0));
  if (reviews.length === 0) return empty;
  const { collections } = createScheduler(cardId, settings).reschedule(
    // ts-fsrs replays from createEmptyCard(current.due); only `due` is read here.
    toFsrsCard(empty),
    reviews.map((r) => ({ rating: toGrade(r.rating), review: new Date(r.reviewedAt.getTime()) })),
    // `now` given so ts-fsrs does not read the clock (it is only used for a manual-reschedule item we ignore).
    { skipManual: true, now: empty.due },
  );
  const last = collections[collections.length - 1];
  if (!last) throw new Error("reschedule returned no cards for a non-empty history");
  return fromFsrsCard(last.card);
}
