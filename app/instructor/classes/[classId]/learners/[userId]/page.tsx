import type { Metadata } from "next";
import Link from "next/link";
import { ClassNav } from "@/components/instructor/class-nav";
import { buttonClasses } from "@/components/ui/button";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getLearnerDrilldown } from "@/lib/server/classes/get-learner-drilldown";
import { orNotFound } from "@/lib/server/or-not-found";
import { ratingLabel } from "@/lib/srs/ratings";
import { InstructorPageHeader } from "@/components/instructor/page-header";
import { ColumnHeading, InstructorTable } from "@/components/instructor/instructor-table";

type Props = { params: Promise<{ classId: string; userId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Learner progress" };

const timeFmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function LearnerPage({ params, searchParams }: Props) {
  const { classId, userId } = await params;
  const viewer = await requireViewer(["instructor", "admin"], `/instructor/classes/${classId}/learners/${userId}`);
  const sp = await searchParams;
  const page = Math.min(100_000, Math.max(1, Number.parseInt(typeof sp.page === "string" ? sp.page : "1", 10) || 1));
  const d = await orNotFound(getLearnerDrilldown(viewer, classId, userId, page));
  const max = Math.max(1, ...d.forecast.map((f) => f.count));
  const base = `/instructor/classes/${classId}/learners/${userId}`;
  return (
    <div className="space-y-8">
      <InstructorPageHeader back={{ href: `/instructor/classes/${classId}/progress`, label: `${d.className}: progress` }} title={d.learner.name}>
        <p className="text-sm text-slate-600 dark:text-slate-400">{d.learner.email}</p>
        <ClassNav classId={classId} current="progress" />
      </InstructorPageHeader>

      <section aria-labelledby="forecast-heading" className="space-y-2">
        <h2 id="forecast-heading" className="text-lg font-semibold">
          Due in the next 30 days
        </h2>
        <ol className="flex h-32 items-end gap-0.5" aria-label="Cards due per day">
          {d.forecast.map((f, i) => (
            <li key={f.dayKey} className="flex h-full flex-1 flex-col justify-end" title={`${f.dayKey}: ${f.count}`}>
              <span className="sr-only">
                {f.dayKey}: {f.count} due
              </span>
              <span aria-hidden className="block rounded-t bg-brand-600" style={{ height: `${(f.count / max) * 100}%`, minHeight: f.count ? 2 : 0 }} />
              {i % 7 === 0 ? (
                <span aria-hidden className="mt-1 text-[10px] text-slate-600 dark:text-slate-400">
                  {f.dayKey.slice(5)}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
        <p className="text-sm text-slate-700 dark:text-slate-300">Total: {d.forecast.reduce((s, f) => s + f.count, 0)} cards (today includes overdue ones).</p>
      </section>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          Review history (assigned decks)
        </h2>
        {d.history.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No reviews yet.</p>
        ) : (
          <InstructorTable
            label="Review history table"
            head={
              <>
                <ColumnHeading>When (UTC)</ColumnHeading>
                <ColumnHeading>Question</ColumnHeading>
                <ColumnHeading>Rating</ColumnHeading>
                <ColumnHeading>Answer</ColumnHeading>
                <ColumnHeading>Time</ColumnHeading>
              </>
            }
          >
            {d.history.map((h) => (
              <tr key={h.id} data-testid="history-row">
                <td className="whitespace-nowrap px-3 py-2">{timeFmt.format(h.reviewedAt)}</td>
                <td className="max-w-sm px-3 py-2">{h.prompt}</td>
                <td className="px-3 py-2">{h.type === "undo" ? "Undone" : (ratingLabel(h.rating) ?? (h.rating === 0 ? "Undo" : h.rating))}</td>
                <td className="px-3 py-2">
                  {h.answer ?? "—"}
                  {h.correct === null ? "" : h.correct ? " ✓" : " ✗"}
                </td>
                <td className="px-3 py-2 tabular-nums">{(h.durationMs / 1000).toFixed(1)} s</td>
              </tr>
            ))}
          </InstructorTable>
        )}
        {d.pageCount > 1 ? (
          <nav aria-label="History pages" className="flex items-center gap-3">
            {d.page > 1 ? (
              <Link href={`${base}?page=${d.page - 1}`} className={buttonClasses("secondary", "sm")}>
                Newer
              </Link>
            ) : null}
            <span className="text-sm">
              Page {d.page} of {d.pageCount}
            </span>
            {d.page < d.pageCount ? (
              <Link href={`${base}?page=${d.page + 1}`} className={buttonClasses("secondary", "sm")}>
                Older
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
