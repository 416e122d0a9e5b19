import { ChartScroller } from "./chart-scroller";
import { DataTable } from "./data-table";
import { niceMax } from "./format";

export type Bar = {
  /** Short axis label ("Nov 24", "<1d"). */
  label: string;
  /** Full label for tooltips and the table ("Tuesday, Nov 24"). */
  longLabel?: string;
  value: number;
  /** Emphasised bar (e.g. today). */
  highlight?: boolean;
};

const H = 160;
const TOP = 10;
const BOTTOM = 22;
const LEFT = 34;

/** A small vertical bar chart in SVG with y gridlines, sparse x labels and a table alternative. */
export function BarChart({
  bars,
  summary,
  caption,
  valueName,
  categoryName,
  labelEvery = 1,
  testId,
}: {
  bars: readonly Bar[];
  summary: string;
  caption: string;
  valueName: string;
  categoryName: string;
  /** Show every n-th x label (dense charts). */
  labelEvery?: number;
  testId?: string;
}) {
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const slot = Math.max(12, Math.min(48, 560 / Math.max(1, bars.length)));
  const width = LEFT + bars.length * slot + 4;
  const plotH = H - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  // Whole-number ticks: these are counts of cards.
  const ticks = max <= 5 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, Math.round(max / 2), max];
  return (
    <div>
      <ChartScroller label={`${caption}, scrollable`} minWidth={420}>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${H}`} className="h-auto w-full" data-testid={testId}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={width} y1={y(t)} y2={y(t)} className="stroke-slate-200 dark:stroke-slate-800" strokeWidth={1} />
            <text x={LEFT - 4} y={y(t) + 3} textAnchor="end" className="fill-slate-600 text-[11px] dark:fill-slate-400">
              {t}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = LEFT + i * slot + slot * 0.15;
          const w = slot * 0.7;
          const top = y(b.value);
          return (
            <g key={`${b.label}-${i}`}>
              <rect
                x={x}
                y={top}
                width={w}
                height={Math.max(0, TOP + plotH - top)}
                rx={1.5}
                className={b.highlight ? "fill-amber-500 dark:fill-amber-400" : "fill-brand-600 dark:fill-sky-500"}
              >
                <title>{`${b.longLabel ?? b.label}: ${b.value.toLocaleString("en-US")} ${valueName}`}</title>
              </rect>
              {i % labelEvery === 0 ? (
                <text x={x + w / 2} y={H - 8} textAnchor="middle" className="fill-slate-600 text-[11px] dark:fill-slate-400">
                  {b.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      </ChartScroller>
      <DataTable
        caption={caption}
        columns={[categoryName, valueName.charAt(0).toUpperCase() + valueName.slice(1)]}
        rows={bars.map((b) => [b.longLabel ?? b.label, b.value.toLocaleString("en-US")])}
      />
    </div>
  );
}
