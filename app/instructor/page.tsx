import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireViewer } from "@/lib/server/auth/viewer";
import { listMyDecks } from "@/lib/server/decks/list-my-decks";
import { listMyClasses } from "@/lib/server/classes/list-my-classes";
import { InstructorPageHeader } from "@/components/instructor/page-header";

export const metadata: Metadata = { title: "Instructor" };

export default async function InstructorHome() {
  const viewer = await requireViewer(["instructor", "admin"], "/instructor");
  const [decks, classes] = await Promise.all([listMyDecks(viewer), listMyClasses(viewer)]);
  return (
    <div className="space-y-10">
      <InstructorPageHeader title="Instructor workspace">
        <div className="flex flex-wrap gap-2">
          <Link href="/instructor/decks/new" className={buttonClasses("primary")}>
            New deck
          </Link>
          <Link href="/instructor/decks/new/from-article" className={buttonClasses("primary")}>
            New deck from an article
          </Link>
          <Link href="/instructor/classes/new" className={buttonClasses("secondary")}>
            New class
          </Link>
        </div>
      </InstructorPageHeader>

      <section aria-labelledby="my-decks" className="space-y-3">
        <h2 id="my-decks" className="text-lg font-semibold">
          My decks
        </h2>
        {decks.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No decks yet. Start from an article or write one by hand.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {decks.map((d) => (
              <li key={d.id}>
                <Card className="h-full space-y-2 p-4">
                  <Link href={`/instructor/decks/${d.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                    {d.title}
                  </Link>
                  <div className="flex flex-wrap gap-2">
                    <Badge tone={d.status === "published" ? "green" : "amber"}>{d.status === "published" ? "Published" : "Draft"}</Badge>
                    <Badge>{d.visibility}</Badge>
                    <Badge>{d.approvedCount} approved</Badge>
                    {d.draftCount ? <Badge tone="amber">{d.draftCount} to review</Badge> : null}
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="my-classes" className="space-y-3">
        <h2 id="my-classes" className="text-lg font-semibold">
          My classes
        </h2>
        {classes.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No classes yet.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {classes.map((c) => (
              <li key={c.id}>
                <Card className="h-full space-y-2 p-4">
                  <Link href={`/instructor/classes/${c.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                    {c.name}
                  </Link>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {c.learnerCount} learner{c.learnerCount === 1 ? "" : "s"} · {c.assignmentCount} assigned deck{c.assignmentCount === 1 ? "" : "s"} · code{" "}
                    <span className="font-mono">{c.joinCode}</span>
                  </p>
                  <Link href={`/instructor/classes/${c.id}/progress`} className="text-sm text-brand-700 underline dark:text-brand-100">
                    Progress
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
