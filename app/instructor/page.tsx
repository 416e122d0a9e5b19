import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
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

      <TileSection id="my-decks" title="My decks" empty="No decks yet. Start from an article or write one by hand.">
        {decks.map((d) => (
          <li key={d.id}>
            <Card className="h-full space-y-2 p-4">
              <TileLink href={`/instructor/decks/${d.id}`}>{d.title}</TileLink>
              <div className="flex flex-wrap gap-2">
                <Badge tone={d.status === "published" ? "green" : "amber"}>{d.status === "published" ? "Published" : "Draft"}</Badge>
                <Badge>{d.visibility}</Badge>
                <Badge>{d.approvedCount} approved</Badge>
                {d.draftCount ? <Badge tone="amber">{d.draftCount} to review</Badge> : null}
              </div>
            </Card>
          </li>
        ))}
      </TileSection>

      <TileSection id="my-classes" title="My classes" empty="No classes yet.">
        {classes.map((c) => (
          <li key={c.id}>
            <Card className="h-full space-y-2 p-4">
              <TileLink href={`/instructor/classes/${c.id}`}>{c.name}</TileLink>
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
      </TileSection>
    </div>
  );
}

/** A headed grid of tiles, or a line saying there are none yet. */
function TileSection({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children.length === 0 ? <p className="text-slate-600 dark:text-slate-400">{empty}</p> : <ul className="grid gap-3 sm:grid-cols-2">{children}</ul>}
    </section>
  );
}

function TileLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
      {children}
    </Link>
  );
}
