import type { ReactNode } from "react";

/** One headline figure on the progress page. */
export function StatTile({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {hint ? <dd className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{hint}</dd> : null}
    </div>
  );
}
