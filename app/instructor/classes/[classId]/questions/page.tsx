import type { Metadata } from "next";
import Link from "next/link";
import { ClassNav } from "@/components/instructor/class-nav";
import { pct } from "@/components/instructor/format";
import { Badge } from "@/components/ui/badge";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getClassQuestionStats } from "@/lib/server/classes/get-class-question-stats";
import { orNotFound } from "@/lib/server/or-not-found";
import { InstructorPageHeader } from "@/components/instructor/page-header";
import { ColumnHeading, InstructorTable } from "@/components/instructor/instructor-table";

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Question stats" };

export default async function QuestionStatsPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const viewer = await requireViewer(["instructor", "admin"], `/instructor/classes/${classId}/questions`);
  const sp = await searchParams;
  const { className, questions } = await orNotFound(getClassQuestionStats(viewer, classId));
  const flaggedOnly = sp.flagged === "1";
  const shown = flaggedOnly ? questions.filter((q) => q.flag) : questions;
  return (
    <div className="space-y-6">
      <InstructorPageHeader back={{ href: "/instructor", label: "Instructor workspace" }} title={`${className}: questions`}>
        <ClassNav classId={classId} current="questions" />
      </InstructorPageHeader>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {questions.length} assigned questions · {questions.filter((q) => q.flag).length} flagged ·{" "}
        <Link href={flaggedOnly ? `/instructor/classes/${classId}/questions` : `/instructor/classes/${classId}/questions?flagged=1`} className="text-brand-700 underline dark:text-brand-100">
          {flaggedOnly ? "show all" : "show flagged only"}
        </Link>
      </p>
      <InstructorTable
        label="Question statistics table"
        head={
          <>
            <ColumnHeading>Question</ColumnHeading>
            <ColumnHeading>Learners</ColumnHeading>
            <ColumnHeading>Attempts</ColumnHeading>
            <ColumnHeading className="whitespace-nowrap">Correct first try</ColumnHeading>
            <ColumnHeading className="whitespace-nowrap">Avg lapses</ColumnHeading>
            <ColumnHeading className="whitespace-nowrap">Common wrong answers</ColumnHeading>
          </>
        }
      >
        {shown.map((q) => (
          <tr key={q.questionId} data-testid="question-stat-row">
            <th scope="row" className="min-w-64 max-w-md px-3 py-2 text-left font-normal">
              <span className="block font-medium">{q.prompt}</span>
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                Answer: {q.answer} · {q.deckTitle}
              </span>
              <span className="mt-1 flex flex-wrap items-center gap-2">
                {q.flag ? <Badge tone={q.flag === "too hard" ? "red" : "amber"}>{q.flag}</Badge> : null}
                {/* Plain anchor: one client <Link> per row costs more than the whole query at 300 rows. */}
                <a href={`/instructor/decks/${q.deckId}?q=${encodeURIComponent(q.prompt.slice(0, 60))}`} className="text-xs text-brand-700 underline dark:text-brand-100">
                  Edit question
                </a>
              </span>
            </th>
            <td className="px-3 py-2 tabular-nums" data-col="learners">{q.learners}</td>
            <td className="px-3 py-2 tabular-nums" data-col="attempts">{q.attempts}</td>
            <td className="px-3 py-2 tabular-nums" data-col="first-try">
              {pct(q.firstTryCorrect)}
              {q.firstAttempts ? <span className="block text-xs text-slate-600 dark:text-slate-400">of {q.firstAttempts}</span> : null}
            </td>
            <td className="px-3 py-2 tabular-nums" data-col="lapses">{q.averageLapses === null ? "—" : q.averageLapses.toFixed(1)}</td>
            <td className="min-w-40 px-3 py-2">
              {q.wrongAnswers.length ? (
                <ul>
                  {q.wrongAnswers.map((w) => (
                    <li key={w.answer}>
                      “{w.answer}” × {w.count}
                    </li>
                  ))}
                </ul>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </InstructorTable>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Too hard: under 40% correct on the first try (at least 5 learners tried). Too easy: over 95%. Wrong answers are counted across everyone who
        studied the question.
      </p>
    </div>
  );
}
