import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export type SessionStats = { reviewed: number; correct: number; totalMs: number };

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** End of session: what was done and when the deck is due next. */
export function SessionSummary({ stats, nextDue, deckId }: { stats: SessionStats; nextDue: string | null; deckId: string }) {
  const accuracy = stats.reviewed > 0 ? Math.round((stats.correct / stats.reviewed) * 100) : null;
  return (
    <Card className="space-y-4">
      <h2 className="text-xl font-semibold focus:outline-none" tabIndex={-1} id="summary-heading">
        All done for now
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Reviewed</dt>
          <dd className="text-2xl font-bold" data-testid="summary-reviewed">{stats.reviewed}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Accuracy</dt>
          <dd className="text-2xl font-bold">{accuracy === null ? "—" : `${accuracy}%`}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Time</dt>
          <dd className="text-2xl font-bold">{formatDuration(stats.totalMs)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Next due</dt>
          <dd className="text-base font-semibold">
            {nextDue ? <time dateTime={nextDue}>{new Date(nextDue).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}</time> : "Nothing scheduled"}
          </dd>
        </div>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Link href={`/decks/${deckId}`} className={buttonClasses("secondary")}>
          Back to the deck
        </Link>
        <Link href={`/decks/${deckId}/quiz`} className={buttonClasses("secondary")}>
          Take a quiz
        </Link>
      </div>
    </Card>
  );
}
