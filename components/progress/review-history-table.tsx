import type { CardReviewRow } from "@/lib/server/progress/get-card-info";
import { ratingLabel } from "@/lib/srs/ratings";

export const STATE_NAMES = ["New", "Learning", "Review", "Relearning"] as const;

export function stateName(state: number): string {
  return STATE_NAMES[state] ?? "Unknown";
}

export function formatInterval(days: number): string {
  if (days < 1 / 24) return `${Math.max(1, Math.round(days * 1440))} min`;
  if (days < 1) return `${Math.round(days * 24)} h`;
  if (days < 60) return `${Math.round(days)} d`;
  if (days < 365) return `${(days / 30).toFixed(1)} mo`;
  return `${(days / 365).toFixed(1)} y`;
}

/** The learner's answers to one question, newest first; times in their own time zone. */
export function ReviewHistoryTable({ rows, timeZone }: { rows: readonly CardReviewRow[]; timeZone: string }) {
  const time = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <div className="overflow-x-auto rounded-lg ring-1 ring-slate-200 dark:ring-slate-800" tabIndex={0} role="region" aria-label="Review history">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm" data-testid="review-history">
        <caption className="sr-only">Your review history for this question, newest first</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            {["Time", "Rating", "State", "Interval", "Your answer", "Correct", "Time taken"].map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={`border-t border-slate-200 dark:border-slate-800 ${r.undone ? "text-slate-500 line-through dark:text-slate-500" : ""}`}>
              <th scope="row" className="whitespace-nowrap px-3 py-1.5 font-normal">
                {time.format(r.reviewedAt)}
                {r.type === "quiz" ? <span className="ml-1 text-xs text-slate-600 no-underline dark:text-slate-400">(quiz)</span> : null}
                {r.undone ? <span className="sr-only"> (undone)</span> : null}
              </th>
              {r.type === "undo" ? (
                <td colSpan={6} className="px-3 py-1.5 italic">
                  Undid the previous answer
                </td>
              ) : (
                <>
                  <td className="px-3 py-1.5">{ratingLabel(r.rating) ?? (r.rating === 0 ? "—" : r.rating)}</td>
                  <td className="whitespace-nowrap px-3 py-1.5">
                    {stateName(r.stateBefore)} → {stateName(r.state)}
                  </td>
                  <td className="px-3 py-1.5 tabular-nums">{formatInterval(r.intervalDays)}</td>
                  <td className="max-w-[16rem] truncate px-3 py-1.5">{r.answer ?? "—"}</td>
                  <td className="px-3 py-1.5">{r.correct === null ? "—" : r.correct ? "Yes" : "No"}</td>
                  <td className="px-3 py-1.5 tabular-nums">{(r.durationMs / 1000).toFixed(1)} s</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
