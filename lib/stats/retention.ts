import { addDays, weekStartOf } from "./day-key";
import type { DayStatInput } from "./types";

export type RetentionWeek = {
  /** Monday of the week (learner-local). */
  weekStart: string;
  reviews: number;
  again: number;
  /** Share of reviews not rated Again, 0–1; null for a week without reviews. */
  retention: number | null;
};

/** Weekly retention for the `weeks` weeks ending with the week containing `today`, oldest first. */
export function weeklyRetention(dayStats: readonly DayStatInput[], today: string, weeks = 26): RetentionWeek[] {
  const lastWeek = weekStartOf(today);
  const firstWeek = addDays(lastWeek, -7 * (weeks - 1));
  const out: RetentionWeek[] = Array.from({ length: weeks }, (_, i) => ({
    weekStart: addDays(firstWeek, 7 * i),
    reviews: 0,
    again: 0,
    retention: null,
  }));
  const index = new Map(out.map((w, i) => [w.weekStart, i]));
  for (const d of dayStats) {
    if (d.dayKey > today) continue;
    const week = out[index.get(weekStartOf(d.dayKey)) ?? -1];
    if (!week) continue;
    week.reviews += d.reviews;
    week.again += Math.min(d.againCount, d.reviews);
  }
  for (const w of out) w.retention = w.reviews > 0 ? (w.reviews - w.again) / w.reviews : null;
  return out;
}

/** Retention over every review in `dayStats` (null when there are none). */
export function overallRetention(dayStats: readonly DayStatInput[]): number | null {
  let reviews = 0;
  let again = 0;
  for (const d of dayStats) {
    reviews += d.reviews;
    again += Math.min(d.againCount, d.reviews);
  }
  return reviews > 0 ? (reviews - again) / reviews : null;
}
