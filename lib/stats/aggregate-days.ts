import { dayKeyOf } from "@/lib/srs";
import type { DayStatInput } from "./types";

/**
 * Groups review instants into the learner's local study days (time zone + day-start hour), the
 * same keys LearnerDayStat is stored under. Days come back in ascending order.
 */
export function aggregateDays(
  reviews: readonly { reviewedAt: Date; rating: number }[],
  timeZone: string,
  dayStartHour: number,
): DayStatInput[] {
  const byDay = new Map<string, DayStatInput>();
  for (const r of reviews) {
    const dayKey = dayKeyOf(r.reviewedAt, timeZone, dayStartHour);
    const day = byDay.get(dayKey) ?? { dayKey, reviews: 0, againCount: 0 };
    day.reviews++;
    if (r.rating === 1) day.againCount++;
    byDay.set(dayKey, day);
  }
  return [...byDay.values()].sort((a, b) => (a.dayKey < b.dayKey ? -1 : a.dayKey > b.dayKey ? 1 : 0));
}
