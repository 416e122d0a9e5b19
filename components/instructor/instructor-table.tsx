import type { AriaAttributes, ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A wide table in a keyboard-scrollable region (tabIndex so keyboard users can scroll it; the
 * label names the region for screen readers). `head` holds the column headings.
 */
export function InstructorTable({ label, head, children }: { label: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-xl ring-1 ring-slate-200 dark:ring-slate-800" tabIndex={0} role="region" aria-label={label}>
      <table className="min-w-full divide-y divide-slate-200 bg-white text-sm dark:divide-slate-800 dark:bg-slate-900">
        <thead className="bg-slate-50 dark:bg-slate-950">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">{children}</tbody>
      </table>
    </div>
  );
}

export function ColumnHeading({ className, sort, children }: { className?: string; sort?: AriaAttributes["aria-sort"]; children: ReactNode }) {
  return (
    <th scope="col" aria-sort={sort} className={cn("px-3 py-2 text-left font-semibold", className)}>
      {children}
    </th>
  );
}
