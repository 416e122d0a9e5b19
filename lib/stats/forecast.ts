import { learnerDay } from "@/lib/srs";
import type { CardStatInput } from "./types";

export type ForecastDay = { dayKey: string; count: number };
export type Forecast = { days: ForecastDay[]; total: number; overdue: number };

/**
 * Cards falling due on each of the learner's next `days` local days (today first). Overdue cards
 * count as today; new cards (never studied) are not "due" and are left out.
 */
export function buildForecast(
  cards: readonly Pick<CardStatInput, "state" | "due">[],
  now: Date,
  timeZone: string,
  dayStartHour: number,
  days = 30,
): Forecast {
  const out: ForecastDay[] = [];
  const ends: number[] = [];
  let day = learnerDay(now, timeZone, dayStartHour);
  for (let i = 0; i < days; i++) {
    out.push({ dayKey: day.key, count: 0 });
    ends.push(day.end.getTime());
    day = learnerDay(day.end, timeZone, dayStartHour);
  }
  const last = ends[ends.length - 1] ?? 0;
  let overdue = 0;
  let total = 0;
  for (const card of cards) {
    if (card.state === 0) continue;
    const due = card.due.getTime();
    if (due >= last) continue;
    if (due < now.getTime()) overdue++;
    // First day whose end is after the due instant (binary search: 30 boundaries, many cards).
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) > due) hi = mid;
      else lo = mid + 1;
    }
    const slot = out[lo];
    if (slot) {
      slot.count++;
      total++;
    }
  }
  return { days: out, total, overdue };
}
