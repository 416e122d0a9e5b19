import type { Heatmap } from "@/lib/stats/heatmap";
import { ChartScroller } from "./chart-scroller";
import { DataTable } from "./data-table";
import { longDay, monthName, monthYear, plural, shortDate } from "./format";

const CELL = 11;
const GAP = 2;
const PITCH = CELL + GAP;
const LEFT = 26;
const TOP = 14;

// 365 cells: colours come from one small stylesheet instead of long utility strings on every
// cell, which keeps the page's HTML and RSC payload small (slate-200/emerald-200…800, dark: slate-800/emerald-900…300).
const LEVEL_CLASSES = ["hm-l0", "hm-l1", "hm-l2", "hm-l3", "hm-l4"] as const;
const HEATMAP_CSS = `
.bd-hm rect{rx:2px}
.bd-hm .hm-l0{fill:#e2e8f0}.bd-hm .hm-l1{fill:#a7f3d0}.bd-hm .hm-l2{fill:#34d399}.bd-hm .hm-l3{fill:#059669}.bd-hm .hm-l4{fill:#065f46}
.bd-hm .hm-today{stroke:#1d4ed8;stroke-width:1.5px}
@media (prefers-color-scheme: dark){
.bd-hm .hm-l0{fill:#1e293b}.bd-hm .hm-l1{fill:#064e3b}.bd-hm .hm-l2{fill:#047857}.bd-hm .hm-l3{fill:#10b981}.bd-hm .hm-l4{fill:#6ee7b7}
.bd-hm .hm-today{stroke:#7dd3fc}}
`;

/** Reviews per learner-local day over the past year, GitHub-style, with a per-month table alternative. */
export function CalendarHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const width = LEFT + heatmap.weeks.length * PITCH;
  const height = TOP + 7 * PITCH;
  const summary = `Calendar heatmap of reviews per day from ${longDay(heatmap.firstDay)} to ${longDay(heatmap.today)}: ${plural(heatmap.total, "review")} on ${plural(heatmap.activeDays, "day")}, busiest day ${plural(heatmap.max, "review")}, today ${plural(heatmap.todayCount, "review")}.`;

  // A month label above the first week column that contains the 1st of that month.
  const monthLabels: { x: number; label: string }[] = [];
  heatmap.weeks.forEach((week, i) => {
    const first = week.find((c) => c?.dayKey.endsWith("-01"));
    if (first && i < heatmap.weeks.length - 1) monthLabels.push({ x: LEFT + i * PITCH, label: monthName(first.dayKey) });
  });

  const months = new Map<string, { reviews: number; days: number }>();
  for (const week of heatmap.weeks)
    for (const c of week) {
      if (!c) continue;
      const key = c.dayKey.slice(0, 7);
      const m = months.get(key) ?? { reviews: 0, days: 0 };
      m.reviews += c.count;
      if (c.count > 0) m.days++;
      months.set(key, m);
    }

  return (
    <div>
      <ChartScroller label="Reviews per day, scrollable" minWidth={560} alignEnd>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        className="bd-hm h-auto w-full max-w-3xl"
        data-testid="heatmap"
        data-today-count={heatmap.todayCount}
      >
        <style>{HEATMAP_CSS}</style>
        {monthLabels.map((m) => (
          <text key={`${m.x}`} x={m.x} y={9} className="fill-slate-600 text-[9px] dark:fill-slate-400">
            {m.label}
          </text>
        ))}
        {["Mon", "Wed", "Fri"].map((d, i) => (
          <text key={d} x={0} y={TOP + (i * 2) * PITCH + CELL - 2} className="fill-slate-600 text-[9px] dark:fill-slate-400">
            {d}
          </text>
        ))}
        {heatmap.weeks.map((week, i) =>
          week.map((cell, day) =>
            cell ? (
              <rect
                key={cell.dayKey}
                x={LEFT + i * PITCH}
                y={TOP + day * PITCH}
                width={CELL}
                height={CELL}
                className={cell.dayKey === heatmap.today ? `${LEVEL_CLASSES[cell.level]} hm-today` : LEVEL_CLASSES[cell.level]}
              >
                <title>{`${shortDate(cell.dayKey)}: ${cell.count}`}</title>
              </rect>
            ) : null,
          ),
        )}
      </svg>
      </ChartScroller>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <p>
          Today: <strong className="text-slate-900 dark:text-slate-100" data-testid="heatmap-today">{plural(heatmap.todayCount, "review")}</strong>
        </p>
        <p className="bd-hm flex items-center gap-1" aria-hidden="true">
          Less
          {LEVEL_CLASSES.map((c) => (
            <svg key={c} width="11" height="11" viewBox="0 0 11 11">
              <rect width="11" height="11" className={c} />
            </svg>
          ))}
          More
        </p>
      </div>
      <DataTable
        caption="Reviews per month over the past year"
        columns={["Month", "Reviews", "Days studied"]}
        rows={[...months.entries()].map(([key, m]) => [monthYear(`${key}-01`), m.reviews.toLocaleString("en-US"), m.days])}
      />
    </div>
  );
}
