import type { StateCounts } from "@/lib/stats/card-states";
import { percent, plural } from "./format";

const PARTS: { key: keyof StateCounts; label: string; className: string; swatch: string }[] = [
  { key: "new", label: "New", className: "fill-slate-400 dark:fill-slate-500", swatch: "bg-slate-400 dark:bg-slate-500" },
  { key: "learning", label: "Learning", className: "fill-amber-500 dark:fill-amber-400", swatch: "bg-amber-500 dark:bg-amber-400" },
  { key: "review", label: "Review", className: "fill-emerald-600 dark:fill-emerald-400", swatch: "bg-emerald-600 dark:bg-emerald-400" },
  { key: "relearning", label: "Relearning", className: "fill-red-600 dark:fill-red-400", swatch: "bg-red-600 dark:bg-red-400" },
];

/** Card states as one stacked bar with a legend that spells out every count (the text alternative). */
export function StateBar({ states, unstarted }: { states: StateCounts; unstarted: number }) {
  const counts = { ...states, new: states.new + unstarted };
  const total = PARTS.reduce((s, p) => s + counts[p.key], 0);
  // Left edge of each segment: running sum of the widths before it.
  const widths = PARTS.map((p) => (total > 0 ? (counts[p.key] / total) * 400 : 0));
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((s, w) => s + w, 0));
  const summary = `Card states: ${PARTS.map((p) => `${p.label.toLowerCase()} ${counts[p.key]}`).join(", ")}.`;
  return (
    <div>
      <svg role="img" aria-label={summary} viewBox="0 0 400 24" preserveAspectRatio="none" className="h-6 w-full rounded-md" data-testid="state-bar">
        {total === 0 ? <rect width={400} height={24} className="fill-slate-200 dark:fill-slate-800" /> : null}
        {PARTS.map((p, i) => (
          <rect key={p.key} x={offsets[i]} width={widths[i]} height={24} className={p.className} />
        ))}
      </svg>
      <ul className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        {PARTS.map((p) => (
          <li key={p.key} className="flex items-center gap-2">
            <span aria-hidden="true" className={`size-3 shrink-0 rounded-sm ${p.swatch}`} />
            <span>
              {p.label}: <strong className="tabular-nums">{counts[p.key].toLocaleString("en-US")}</strong>
              {total > 0 ? <span className="text-slate-600 dark:text-slate-400"> ({percent(counts[p.key] / total)})</span> : null}
            </span>
          </li>
        ))}
      </ul>
      {unstarted > 0 ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">New includes {plural(unstarted, "question")} you have not started in your decks.</p> : null}
    </div>
  );
}
