import { ChartScroller } from "./chart-scroller";
import { DataTable } from "./data-table";
import { percent, shortDay } from "./format";

export type RetentionPoint = { weekStart: string; retention: number | null; reviews: number };

const H = 170;
const TOP = 12;
const BOTTOM = 22;
const LEFT = 34;
const RIGHT = 8;

/**
 * Weekly retention as a line (gaps for weeks without reviews) against the learner's desired
 * retention as a dashed reference line. The y axis starts at 50 % where retention lives.
 */
export function RetentionChart({ points, target }: { points: readonly RetentionPoint[]; target: number }) {
  const width = 600;
  const plotW = width - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const values = points.map((p) => p.retention).filter((r): r is number => r !== null);
  const floor = Math.min(0.5, Math.floor(Math.min(target, ...values) * 10) / 10);
  const y = (r: number) => TOP + plotH - ((r - floor) / (1 - floor)) * plotH;
  const x = (i: number) => LEFT + (points.length <= 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const ticks = [floor, (floor + 1) / 2, 1];

  // Split into runs of consecutive weeks that have data.
  const runs: { i: number; r: number }[][] = [];
  let run: { i: number; r: number }[] = [];
  points.forEach((p, i) => {
    if (p.retention === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ i, r: p.retention });
  });
  if (run.length) runs.push(run);

  const withData = points.filter((p) => p.retention !== null);
  const mean = withData.length ? withData.reduce((s, p) => s + (p.retention ?? 0) * p.reviews, 0) / withData.reduce((s, p) => s + p.reviews, 0) : null;
  const last = withData[withData.length - 1];
  const summary =
    withData.length === 0
      ? `Weekly retention: no reviews in the last ${points.length} weeks. Target ${percent(target)}.`
      : `Weekly retention over the last ${points.length} weeks, ${withData.length} with reviews: average ${percent(mean ?? 0)}, most recent week (from ${shortDay(last!.weekStart)}) ${percent(last!.retention ?? 0)}, against a target of ${percent(target)}.`;

  return (
    <div>
      <ChartScroller label="Retention per week, scrollable" minWidth={420} alignEnd>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${H}`} className="h-auto w-full" data-testid="retention-chart">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={width - RIGHT} y1={y(t)} y2={y(t)} className="stroke-slate-200 dark:stroke-slate-800" strokeWidth={1} />
            <text x={LEFT - 4} y={y(t) + 3} textAnchor="end" className="fill-slate-600 text-[11px] dark:fill-slate-400">
              {percent(t)}
            </text>
          </g>
        ))}
        <line
          x1={LEFT}
          x2={width - RIGHT}
          y1={y(target)}
          y2={y(target)}
          strokeDasharray="5 4"
          strokeWidth={1.5}
          className="stroke-amber-600 dark:stroke-amber-400"
        />
        <text x={width - RIGHT} y={y(target) - 4} textAnchor="end" className="fill-amber-700 text-[11px] dark:fill-amber-300">
          target {percent(target)}
        </text>
        {runs.map((r) => (
          <polyline
            key={r[0]!.i}
            points={r.map((p) => `${x(p.i)},${y(p.r)}`).join(" ")}
            fill="none"
            strokeWidth={2}
            strokeLinejoin="round"
            className="stroke-brand-600 dark:stroke-sky-400"
          />
        ))}
        {points.map((p, i) =>
          p.retention === null ? null : (
            <circle key={p.weekStart} cx={x(i)} cy={y(p.retention)} r={3} className="fill-brand-600 dark:fill-sky-400">
              <title>{`Week of ${shortDay(p.weekStart)}: ${percent(p.retention, 1)} of ${p.reviews} reviews`}</title>
            </circle>
          ),
        )}
        {points.map((p, i) =>
          i % 4 === 0 ? (
            <text key={`l-${p.weekStart}`} x={x(i)} y={H - 8} textAnchor="middle" className="fill-slate-600 text-[11px] dark:fill-slate-400">
              {shortDay(p.weekStart)}
            </text>
          ) : null,
        )}
      </svg>
      </ChartScroller>
      <DataTable
        caption="Retention per week"
        columns={["Week starting", "Reviews", "Not forgotten"]}
        rows={points.map((p) => [shortDay(p.weekStart), p.reviews.toLocaleString("en-US"), p.retention === null ? "—" : percent(p.retention, 1)])}
      />
    </div>
  );
}
