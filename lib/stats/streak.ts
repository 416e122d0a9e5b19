import { addDays } from "./day-key";
import type { DayStatInput } from "./types";

export type Streak = { current: number; longest: number; reviewedToday: boolean };

/**
 * Consecutive local days with at least one review. Today without reviews yet doesn't break the
 * current streak (the day isn't over): it then counts back from yesterday.
 */
export function computeStreak(dayStats: readonly DayStatInput[], today: string): Streak {
  const active = new Set(dayStats.filter((d) => d.reviews > 0 && d.dayKey <= today).map((d) => d.dayKey));
  const reviewedToday = active.has(today);
  let current = 0;
  for (let day = reviewedToday ? today : addDays(today, -1); active.has(day); day = addDays(day, -1)) current++;

  let longest = 0;
  for (const day of active) {
    if (active.has(addDays(day, -1))) continue; // only walk forward from the first day of each run
    let run = 0;
    for (let d = day; active.has(d); d = addDays(d, 1)) run++;
    longest = Math.max(longest, run);
  }
  return { current, longest, reviewedToday };
}
