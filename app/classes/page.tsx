import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/instructor/action-button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireViewer } from "@/lib/server/auth/viewer";
import { listLearnerClasses } from "@/lib/server/classes/list-learner-classes";
import { leaveClassAction } from "./actions";

export const metadata: Metadata = { title: "My classes" };


export default async function MyClassesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer(undefined, "/classes");
  const sp = await searchParams;
  const classes = await listLearnerClasses(viewer);
  // A due date ends at midnight where the instructor lives; the learner sees that moment on their own clock.
  const dateFmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: viewer.timeZone });
  const joined = classes.find((c) => c.id === sp.joined);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">My classes</h1>
        <Link href="/join" className={buttonClasses("secondary")}>
          Join a class
        </Link>
      </header>
      {joined ? (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          You joined {joined.name}.
        </p>
      ) : null}
      {classes.length === 0 ? <p className="text-slate-600 dark:text-slate-400">You are not in any class yet. Ask your instructor for a join code.</p> : null}
      <ul className="space-y-4">
        {classes.map((c) => (
          <li key={c.id}>
            <Card className="space-y-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h2 className="text-lg font-semibold">{c.name}</h2>
                  <p className="text-sm text-slate-600 dark:text-slate-400">Instructor: {c.instructorName}</p>
                </div>
                <ActionButton action={leaveClassAction} input={{ classId: c.id }} variant="ghost" size="sm" confirm={`Leave ${c.name}? Your study progress is kept.`} aria-label={`Leave class ${c.name}`}>
                  Leave class
                </ActionButton>
              </div>
              {c.assignments.length === 0 ? (
                <p className="text-sm text-slate-600 dark:text-slate-400">No decks assigned yet.</p>
              ) : (
                <ul className="space-y-3">
                  {c.assignments.map((a) => {
                    const late = a.pastDue;
                    return (
                      <li key={a.deckId} className="space-y-1">
                        <div className="flex flex-wrap items-center justify-between gap-2">
                          <Link href={`/decks/${a.deckId}`} className="font-medium text-brand-700 underline dark:text-brand-100">
                            {a.deckTitle}
                          </Link>
                          <span className={late ? "text-sm font-medium text-red-700 dark:text-red-400" : "text-sm text-slate-600 dark:text-slate-400"}>
                            {a.dueAt ? `Due ${dateFmt.format(a.dueAt)}${late ? " (past due)" : ""}` : "No due date"}
                          </span>
                        </div>
                        <ProgressBar value={a.studiedCount} max={a.questionCount} label={`${a.deckTitle}: ${a.studiedCount} of ${a.questionCount} studied`} />
                        <p className="text-xs text-slate-600 dark:text-slate-400">
                          {a.studiedCount} of {a.questionCount} studied ·{" "}
                          <Link href={`/study/${a.deckId}`} className="text-brand-700 underline dark:text-brand-100">
                            Study
                          </Link>
                        </p>
                      </li>
                    );
                  })}
                </ul>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
