import type { Metadata } from "next";
import Link from "next/link";
import { ClassNav } from "@/components/instructor/class-nav";
import { ago, duration, pct } from "@/components/instructor/format";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getClassProgress, progressSortKeys, type ProgressSortKey } from "@/lib/server/classes/get-class-progress";
import { orNotFound } from "@/lib/server/or-not-found";
import { InstructorPageHeader } from "@/components/instructor/page-header";
import { ColumnHeading, InstructorTable } from "@/components/instructor/instructor-table";

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Class progress" };

const PAGE_SIZE = 100;

const columns: { key: ProgressSortKey; label: string }[] = [
  { key: "name", label: "Learner" },
  { key: "studied", label: "Cards studied" },
  { key: "due", label: "Due now" },
  { key: "overdue", label: "Overdue" },
  { key: "retention", label: "Retention (30 d)" },
  { key: "knowledge", label: "Est. knowledge" },
  { key: "time", label: "Time spent" },
  { key: "lastActive", label: "Last active" },
  { key: "completion", label: "Completion" },
];

export default async function ProgressPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const viewer = await requireViewer(["instructor", "admin"], `/instructor/classes/${classId}/progress`);
  const sp = await searchParams;
  const sort = progressSortKeys.find((k) => k === sp.sort) ?? "attention";
  const dir = sp.dir === "asc" || sp.dir === "desc" ? sp.dir : undefined;
  const now = new Date();
  const progress = await orNotFound(getClassProgress(viewer, classId, { sort, dir, now }));
  // Sorting covers the whole class; only one page of rows is rendered.
  const pageCount = Math.max(1, Math.ceil(progress.learners.length / PAGE_SIZE));
  const page = Math.min(pageCount, Math.max(1, Number.parseInt(typeof sp.page === "string" ? sp.page : "1", 10) || 1));
  const rows = progress.learners.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const pageHref = (n: number) => `/instructor/classes/${classId}/progress?sort=${sort}${dir ? `&dir=${dir}` : ""}&page=${n}`;
  const href = (key: ProgressSortKey) => {
    const nextDir = sort === key && (dir ?? (key === "name" ? "asc" : "asc")) === "asc" ? "desc" : "asc";
    return `/instructor/classes/${classId}/progress?sort=${key}&dir=${nextDir}`;
  };
  const ariaSort = (key: ProgressSortKey) => (sort === key ? ((dir ?? "asc") === "asc" ? "ascending" : "descending") : undefined);

  return (
    <div className="space-y-6">
      <InstructorPageHeader back={{ href: "/instructor", label: "Instructor workspace" }} title={`${progress.className}: progress`}>
        <ClassNav classId={classId} current="progress" />
      </InstructorPageHeader>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {progress.learners.length} learners · {progress.assignedQuestions} assigned questions ·{" "}
          {sort === "attention" ? "learners needing attention first" : (
            <Link href={`/instructor/classes/${classId}/progress`} className="text-brand-700 underline dark:text-brand-100">
              show learners needing attention first
            </Link>
          )}
        </p>
        <a href={`/instructor/classes/${classId}/gradebook.csv`} className={buttonClasses("secondary", "sm")} download>
          Download gradebook (CSV)
        </a>
      </div>
      {progress.learners.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">No learners yet.</p>
      ) : (
        <InstructorTable
          label="Learner progress table"
          head={columns.map((c) => (
            <ColumnHeading key={c.key} sort={ariaSort(c.key)} className="align-bottom">
              <Link href={href(c.key)} className="underline-offset-2 hover:underline">
                {c.label}
                {sort === c.key ? ((dir ?? "asc") === "asc" ? " ▲" : " ▼") : ""}
              </Link>
            </ColumnHeading>
          ))}
        >
          {rows.map((l) => (
            <tr key={l.userId} data-testid="progress-row">
              <th scope="row" className="min-w-40 px-3 py-2 text-left font-medium">
                {/* A plain anchor: hundreds of rows of client-side <Link>s would dominate the render. */}
                <a href={`/instructor/classes/${classId}/learners/${l.userId}`} className="text-brand-700 underline dark:text-brand-100">
                  {l.name}
                </a>
                <span className="mt-1 flex flex-wrap gap-1">
                  {l.attention.map((a) => (
                    <Badge key={a} tone="amber">
                      {a}
                    </Badge>
                  ))}
                </span>
              </th>
              <td className="px-3 py-2 tabular-nums" data-col="studied">{l.studied}</td>
              <td className="px-3 py-2 tabular-nums" data-col="due">{l.dueNow}</td>
              <td className="px-3 py-2 tabular-nums" data-col="overdue">{l.overdue}</td>
              <td className="px-3 py-2 tabular-nums" data-col="retention">
                {pct(l.retention)}
                <span className="block text-xs text-slate-600 dark:text-slate-400">{l.reviews30d} reviews</span>
              </td>
              <td className="px-3 py-2 tabular-nums" data-col="knowledge">{pct(l.knowledge)}</td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums" data-col="time">{duration(l.totalMs)}</td>
              <td className="whitespace-nowrap px-3 py-2" data-col="lastActive">{ago(l.lastActive, now)}</td>
              <td className="px-3 py-2 tabular-nums" data-col="completion">{pct(l.completion)}</td>
            </tr>
          ))}
        </InstructorTable>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Learner pages" className="flex items-center gap-3">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className={buttonClasses("secondary", "sm")}>
              Previous
            </Link>
          ) : null}
          <span className="text-sm">
            Learners {(page - 1) * PAGE_SIZE + 1}–{Math.min(page * PAGE_SIZE, progress.learners.length)} of {progress.learners.length}
          </span>
          {page < pageCount ? (
            <Link href={pageHref(page + 1)} className={buttonClasses("secondary", "sm")}>
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Retention: share of the learner’s reviews in the last 30 days not rated Again. Estimated knowledge: mean recall probability (FSRS) over all
        assigned questions, unstudied ones counting as 0. Overdue: due more than a day ago. Needs attention: knowledge under 50%, overdue cards, or
        no study for 7 days.
      </p>
    </div>
  );
}
