import Link from "next/link";
import { percent } from "./format";

export type MasteryItem = { key: string; label: string; mastery: number; studied: number; questions: number; href?: string };

/**
 * Horizontal bars for estimated knowledge per deck or topic. Built from HTML (a list with the
 * number written out), so it is its own text alternative; the bar is decoration.
 */
export function MasteryBars({ items, label, empty = "Nothing to show yet." }: { items: readonly MasteryItem[]; label: string; empty?: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
    <ul aria-label={label} className="space-y-2.5">
      {items.map((m) => (
        <li key={m.key} className="text-sm">
          <div className="flex items-baseline justify-between gap-3">
            <span className="min-w-0 truncate">{m.href ? <Link href={m.href} className="underline-offset-2 hover:underline">{m.label}</Link> : m.label}</span>
            <span className="shrink-0 tabular-nums">
              <strong>{percent(m.mastery)}</strong>
              <span className="text-slate-600 dark:text-slate-400"> · {m.studied}/{m.questions} studied</span>
            </span>
          </div>
          <div aria-hidden="true" className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
            <div className="h-full rounded-full bg-emerald-600 dark:bg-emerald-400" style={{ width: `${Math.round(m.mastery * 100)}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
