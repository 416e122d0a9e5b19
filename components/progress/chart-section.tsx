import type { ReactNode } from "react";

/** A titled card around one chart; the heading labels the region for screen-reader navigation. */
export function ChartSection({ id, title, description, children, className }: { id: string; title: string; description?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`min-w-0 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5 dark:bg-slate-900 dark:ring-slate-800 ${className ?? ""}`}
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {description ? <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}
