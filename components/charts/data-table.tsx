import type { ReactNode } from "react";

/**
 * The text alternative every chart carries: a real <table> behind a disclosure, so screen-reader
 * and keyboard users get exact numbers and sighted users can open it too.
 */
export function DataTable({
  caption,
  columns,
  rows,
  summaryLabel = "Show data as a table",
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  summaryLabel?: string;
}) {
  return (
    <details className="group mt-2 text-sm">
      <summary className="cursor-pointer select-none rounded text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
        {summaryLabel}
      </summary>
      <div className="mt-2 max-h-80 overflow-auto rounded-lg ring-1 ring-slate-200 dark:ring-slate-800" tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className="px-3 py-1.5 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} className="border-t border-slate-200 dark:border-slate-800">
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row" className="px-3 py-1 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={j} className="px-3 py-1 tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
