import Link from "next/link";
import { percent } from "@/components/charts/format";
import { buttonClasses } from "@/components/ui/button";
import type { HardQuestion } from "@/lib/server/progress/get-progress-stats";

/** The learner's most-forgotten questions, each with a way to study its deck now and a link to the card's history. */
export function HardestList({ items }: { items: readonly HardQuestion[] }) {
  if (items.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No lapses yet — nothing you keep forgetting.</p>;
  }
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="hardest-list">
      {items.map((q) => (
        <li key={q.questionId} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <p className="font-medium">{q.prompt || "Untitled question"}</p>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {q.deckTitle} · {q.lapses} {q.lapses === 1 ? "lapse" : "lapses"} · {q.againCount} × Again in {q.attempts} answers · recall now {percent(q.retrievability)}
            </p>
          </div>
          <div className="flex shrink-0 gap-2">
            <Link href={`/cards/${q.questionId}`} className={buttonClasses("secondary", "sm")}>
              History<span className="sr-only"> of “{q.prompt}”</span>
            </Link>
            <Link href={`/study/${q.deckId}?focus=${encodeURIComponent(q.questionId)}`} className={buttonClasses("primary", "sm")}>
              Study now<span className="sr-only">: “{q.prompt}”</span>
            </Link>
          </div>
        </li>
      ))}
    </ol>
  );
}
