import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { ActionButton } from "@/components/instructor/action-button";
import { AssignDeckForm } from "@/components/instructor/assign-deck-form";
import { ClassNav } from "@/components/instructor/class-nav";
import { CopyButton } from "@/components/instructor/copy-button";
import { Card } from "@/components/ui/card";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getClass } from "@/lib/server/classes/get-class";
import { orNotFound } from "@/lib/server/or-not-found";
import { assignDeckAction, regenerateJoinCodeAction, removeLearnerAction, unassignDeckAction } from "@/app/instructor/actions";
import { InstructorPageHeader } from "@/components/instructor/page-header";
import { plural } from "@/components/charts/format";

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Class" };


export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const viewer = await requireViewer(["instructor", "admin"], `/instructor/classes/${classId}`);
  const cls = await orNotFound(getClass(viewer, classId));
  // Due dates end at midnight in the instructor's zone, so that zone names the day.
  const dateFmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: viewer.timeZone });
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const joinUrl = `${origin}/join/${cls.joinCode}`;

  return (
    <div className="space-y-8">
      <InstructorPageHeader back={{ href: "/instructor", label: "Instructor workspace" }} title={cls.name}>
        <ClassNav classId={cls.id} current="overview" />
      </InstructorPageHeader>

      <section aria-labelledby="join-heading">
        <Card className="space-y-3">
          <h2 id="join-heading" className="text-lg font-semibold">
            Join code
          </h2>
          <p className="font-mono text-3xl tracking-[0.2em]" data-testid="join-code">
            {cls.joinCode}
          </p>
          <p className="break-all text-sm text-slate-700 dark:text-slate-300">
            Join link: <span className="font-mono">{joinUrl}</span>
          </p>
          <div className="flex flex-wrap items-start gap-2">
            <CopyButton text={joinUrl} label="Copy join link" />
            <ActionButton
              action={regenerateJoinCodeAction}
              input={{ classId: cls.id }}
              variant="secondary"
              size="sm"
              confirm="Make a new code? The current code and link will stop working."
            >
              New code
            </ActionButton>
          </div>
        </Card>
      </section>

      <section aria-labelledby="assign-heading" className="space-y-3">
        <h2 id="assign-heading" className="text-lg font-semibold">
          Assigned decks
        </h2>
        {cls.assignments.length ? (
          <ul className="space-y-2">
            {cls.assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-white p-3 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
                <div>
                  <Link href={`/instructor/decks/${a.deckId}`} className="font-medium text-brand-700 underline dark:text-brand-100">
                    {a.deckTitle}
                  </Link>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {plural(a.questionCount, "question")} · {a.dueAt ? `due ${dateFmt.format(a.dueAt)}` : "no due date"}
                  </p>
                </div>
                <ActionButton action={unassignDeckAction} input={{ classId: cls.id, assignmentId: a.id }} variant="ghost" size="sm" aria-label={`Unassign ${a.deckTitle}`}>
                  Unassign
                </ActionButton>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600 dark:text-slate-400">Nothing assigned yet.</p>
        )}
        <Card>
          <AssignDeckForm classId={cls.id} decks={cls.assignableDecks} action={assignDeckAction} />
        </Card>
      </section>

      <section aria-labelledby="learners-heading" className="space-y-3">
        <h2 id="learners-heading" className="text-lg font-semibold">
          Learners ({cls.learners.length})
        </h2>
        {cls.learners.length ? (
          <ul className="divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200 dark:divide-slate-800 dark:bg-slate-900 dark:ring-slate-800">
            {cls.learners.map((l) => (
              <li key={l.userId} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <div>
                  <Link href={`/instructor/classes/${cls.id}/learners/${l.userId}`} className="font-medium text-brand-700 underline dark:text-brand-100">
                    {l.name}
                  </Link>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {l.email} · joined {dateFmt.format(l.joinedAt)}
                  </p>
                </div>
                <ActionButton
                  action={removeLearnerAction}
                  input={{ classId: cls.id, userId: l.userId }}
                  variant="ghost"
                  size="sm"
                  confirm={`Remove ${l.name} from ${cls.name}?`}
                  aria-label={`Remove ${l.name}`}
                >
                  Remove
                </ActionButton>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600 dark:text-slate-400">No learners yet. Share the code or link above.</p>
        )}
      </section>
    </div>
  );
}
