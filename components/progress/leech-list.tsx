import Link from "next/link";
import { CardFlagControls } from "@/components/study/card-flag-controls";
import { buttonClasses } from "@/components/ui/button";
import type { LeechView } from "@/lib/server/progress/get-progress-stats";

/** Cards forgotten again and again (8+ lapses): each can be unsuspended or studied now, on purpose. */
export function LeechList({ items, timeZone }: { items: readonly LeechView[]; timeZone: string }) {
  if (items.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No leeches: no card has lapsed 8 times.</p>;
  }
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="leech-list">
      {items.map((q) => (
        <li key={q.questionId} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <p className="font-medium">
              <Link href={`/cards/${q.questionId}`} className="underline-offset-2 hover:underline">
                {q.prompt || "Untitled question"}
              </Link>
            </p>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {q.deckTitle} · {q.lapses} lapses · {q.suspended ? "suspended" : "in your reviews"}
            </p>
          </div>
          <div className="flex shrink-0 flex-wrap items-start gap-2">
            {q.suspended ? <CardFlagControls questionId={q.questionId} timeZone={timeZone} flags={{ version: q.version, suspended: true, buriedUntil: null }} only="suspend" /> : null}
            <Link href={`/study/${q.deckId}?focus=${encodeURIComponent(q.questionId)}`} className={buttonClasses("primary", "sm")}>
              Study now<span className="sr-only">: “{q.prompt}”</span>
            </Link>
          </div>
        </li>
      ))}
    </ol>
  );
}
