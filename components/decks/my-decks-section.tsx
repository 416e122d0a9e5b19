import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { MyDeckSummary } from "@/lib/server/decks/list-my-decks";

/**
 * A signed-in learner's own decks on the home page, with the three ways to make one (from an article, by hand,
 * by import). Every deck here is private to them; editing opens the same workspace instructors use.
 */
export function MyDecksSection({ decks }: { decks: MyDeckSummary[] }) {
  return (
    <section aria-labelledby="my-decks" className="space-y-4" data-testid="my-decks">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="my-decks" className="text-xl font-semibold">
            Your decks
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">Private: only you see and study them.</p>
        </div>
        <nav aria-label="New deck" className="flex flex-wrap gap-2">
          <Link href="/instructor/decks/new/from-article" className={buttonClasses("primary", "sm")}>
            New deck from an article
          </Link>
          <Link href="/instructor/decks/new" className={buttonClasses("secondary", "sm")}>
            New deck by hand
          </Link>
          <Link href="/decks/import" className={buttonClasses("secondary", "sm")}>
            Import a deck
          </Link>
        </nav>
      </div>
      {decks.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">
          You have no decks of your own yet. Paste an article and Briefdeck drafts the questions, or write them yourself.
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {decks.map((d) => (
            <li key={d.id} className="flex flex-col justify-between gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
              <div className="space-y-1.5">
                <Link href={`/decks/${d.id}`} className="font-semibold underline-offset-2 hover:underline">
                  {d.title}
                </Link>
                <div className="flex flex-wrap gap-1.5">
                  <Badge tone="green">{d.approvedCount} approved</Badge>
                  {d.draftCount ? <Badge tone="amber">{d.draftCount} to review</Badge> : null}
                </div>
              </div>
              <div className="flex flex-wrap gap-2">
                <Link href={`/study/${d.id}`} className={buttonClasses(d.approvedCount > 0 ? "primary" : "secondary", "sm")} aria-label={`Study ${d.title}`}>
                  Study
                </Link>
                <Link href={`/instructor/decks/${d.id}`} className={buttonClasses("secondary", "sm")} aria-label={`Edit ${d.title}`}>
                  Edit
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
