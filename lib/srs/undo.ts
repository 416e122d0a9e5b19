import { fromFsrsCard, restoreCard, toFsrsCard, toFsrsLog, type CardSnapshot } from "./card";
import { createScheduler } from "./scheduler";
import type { Card, ReviewLogFields, SchedulerSettings } from "./types";

/**
 * Undo one review: the card exactly as it was before `log` was applied.
 *
 * Uses ts-fsrs `rollback`, then restores the two fields rollback cannot know:
 * it sets `due` to the review time (not the old due) for non-new cards and
 * drops `last_review` for New cards. Our log carries both (`previousDue`,
 * `previousLastReview`). Memory state comes from the log's stored doubles, so
 * nothing is recomputed and no float drift occurs.
 *
 * If a snapshot of the previous card was stored, pass it: it wins (after a
 * sanity check that it is the card this log was applied to).
 */
export function undoReview(
  cardAfter: Card,
  log: ReviewLogFields,
  options: { snapshot?: CardSnapshot; settings?: Partial<SchedulerSettings> } = {},
): Card {
  if (options.snapshot) {
    const before = restoreCard(options.snapshot);
    if (before.reps !== cardAfter.reps - 1 || before.state !== log.state) {
      throw new RangeError("Snapshot does not belong to the review being undone");
    }
    return before;
  }
  // The seed only matters for scheduling, not rollback; any id will do.
  const rolled = fromFsrsCard(createScheduler("undo", options.settings).rollback(toFsrsCard(cardAfter), toFsrsLog(log)));
  return {
    ...rolled,
    due: new Date(log.previousDue.getTime()),
    lastReview: log.previousLastReview ? new Date(log.previousLastReview.getTime()) : null,
  };
}
