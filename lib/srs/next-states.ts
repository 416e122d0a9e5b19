import { fromFsrsCard, fromFsrsLog, toFsrsCard, toGrade } from "./card";
import { formatInterval } from "./interval-label";
import { createScheduler } from "./scheduler";
import { assertTransition } from "./states";
import { RATINGS, type Card, type NextStates, type RatingName, type SchedulingContext, type SchedulingOutcome } from "./types";

/**
 * All four possible outcomes of answering `ctx.card` at `ctx.now` (the buttons
 * show them; `applyRating` applies one). Pure: same ctx ⇒ same result.
 */
export function nextStates(ctx: SchedulingContext): NextStates {
  assertReviewable(ctx.card, ctx.now);
  const preview = createScheduler(ctx.cardId, ctx.settings).repeat(toFsrsCard(ctx.card), ctx.now);
  const entries = RATINGS.map((rating) => {
    const item = preview[toGrade(rating)];
    return [rating, toOutcome(ctx, rating, fromFsrsCard(item.card), fromFsrsLog(item.log, ctx.card))] as const;
  });
  return Object.fromEntries(entries) as NextStates;
}

/** The outcome of answering with `rating`; identical to `nextStates(ctx)[rating]`. */
export function applyRating(ctx: SchedulingContext, rating: RatingName): SchedulingOutcome {
  assertReviewable(ctx.card, ctx.now);
  const item = createScheduler(ctx.cardId, ctx.settings).next(toFsrsCard(ctx.card), ctx.now, toGrade(rating));
  return toOutcome(ctx, rating, fromFsrsCard(item.card), fromFsrsLog(item.log, ctx.card));
}

function toOutcome(ctx: SchedulingContext, rating: RatingName, card: Card, log: SchedulingOutcome["log"]): SchedulingOutcome {
  assertTransition(ctx.card.state, rating, card.state);
  const ms = card.due.getTime() - ctx.now.getTime();
  return { card, log, interval: { ms, label: formatInterval(ms) } };
}

function assertReviewable(card: Card, now: Date): void {
  if (Number.isNaN(now.getTime())) throw new RangeError("Review time is an invalid Date");
  // ts-fsrs would compute negative elapsed days; a clock going backwards is a caller bug.
  if (card.lastReview && now.getTime() < card.lastReview.getTime()) {
    throw new RangeError(`Review time ${now.toISOString()} precedes last review ${card.lastReview.toISOString()}`);
  }
}
