import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

type Listed = { questionId: string; deckId: string; prompt: string };

/**
 * The progress page's lists of questions (hardest, leeches): a numbered list, each item its title and one line of
 * detail, then its actions ending with "Study now" (the deck, this card first). One frame, so both lists look and
 * read alike; `align` is how the actions line up with a taller item (controls wrap in the leech list).
 */
export function QuestionList<T extends Listed>({
  items,
  empty,
  testId,
  align,
  title,
  detail,
  actions,
}: {
  items: readonly T[];
  empty: string;
  testId: string;
  align: "center" | "start";
  title: (q: T) => ReactNode;
  detail: (q: T) => ReactNode;
  actions?: (q: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800" data-testid={testId}>
      {items.map((q) => (
        <li key={q.questionId} className={`flex flex-col gap-2 py-3 sm:flex-row ${align === "center" ? "sm:items-center" : "sm:items-start"} sm:justify-between`}>
          <div className="min-w-0">
            <p className="font-medium">{title(q)}</p>
            <p className="text-xs text-slate-600 dark:text-slate-400">{detail(q)}</p>
          </div>
          <div className={`flex shrink-0 ${align === "center" ? "" : "flex-wrap items-start "}gap-2`}>
            {actions?.(q)}
            <Link href={`/study/${q.deckId}?focus=${encodeURIComponent(q.questionId)}`} className={buttonClasses("primary", "sm")}>
              Study now<span className="sr-only">: “{q.prompt}”</span>
            </Link>
          </div>
        </li>
      ))}
    </ol>
  );
}
