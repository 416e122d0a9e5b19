import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** Tabs between a class's pages; the current one is marked for screen readers. */
export function ClassNav({ classId, current }: { classId: string; current: "overview" | "progress" | "questions" }) {
  const tabs = [
    ["overview", `/instructor/classes/${classId}`, "Class"],
    ["progress", `/instructor/classes/${classId}/progress`, "Learner progress"],
    ["questions", `/instructor/classes/${classId}/questions`, "Question stats"],
  ] as const;
  return (
    <nav aria-label="Class pages" className="flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-800">
      {tabs.map(([key, href, label]) => (
        <Link
          key={key}
          href={href}
          aria-current={current === key ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            current === key ? "border-brand-600 text-brand-700 dark:text-brand-100" : "border-transparent text-slate-700 hover:text-slate-900 dark:text-slate-300",
          )}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
