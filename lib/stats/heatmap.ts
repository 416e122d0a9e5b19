import { addDays, weekdayOf } from "./day-key";
import type { DayStatInput } from "./types";

export type HeatmapCell = { dayKey: string; count: number; level: 0 | 1 | 2 | 3 | 4 };

export type Heatmap = {
  firstDay: string;
  today: string;
  /** Columns of 7 (Monday first); cells before `firstDay` or after `today` are null. */
  weeks: (HeatmapCell | null)[][];
  total: number;
  activeDays: number;
  max: number;
  todayCount: number;
};

/** Level 1–4 by share of the busiest day, so one huge day doesn't wash the rest out to level 1 only. */
function levelOf(count: number, max: number): HeatmapCell["level"] {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as HeatmapCell["level"];
}

/** Reviews per local day for the `days` days ending with `today` (inclusive), laid out as a week grid. */
export function buildHeatmap(dayStats: readonly DayStatInput[], today: string, days = 365): Heatmap {
  const firstDay = addDays(today, -(days - 1));
  const counts = new Map<string, number>();
  for (const d of dayStats) {
    if (d.dayKey >= firstDay && d.dayKey <= today && d.reviews > 0) counts.set(d.dayKey, (counts.get(d.dayKey) ?? 0) + d.reviews);
  }
  let max = 0;
  let total = 0;
  for (const c of counts.values()) {
    max = Math.max(max, c);
    total += c;
  }
  const weeks: (HeatmapCell | null)[][] = [];
  let column: (HeatmapCell | null)[] = Array.from({ length: weekdayOf(firstDay) }, () => null);
  for (let i = 0; i < days; i++) {
    const dayKey = addDays(firstDay, i);
    const count = counts.get(dayKey) ?? 0;
    column.push({ dayKey, count, level: levelOf(count, max) });
    if (column.length === 7) {
      weeks.push(column);
      column = [];
    }
  }
  if (column.length > 0) {
    while (column.length < 7) column.push(null);
    weeks.push(column);
  }
  return { firstDay, today, weeks, total, activeDays: counts.size, max, todayCount: counts.get(today) ?? 0 };
}
