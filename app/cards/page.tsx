import type { Metadata } from "next";
import Link from "next/link";
import { BrowseFilters } from "@/components/cards/browse-filters";
import { BrowsePager } from "@/components/cards/browse-pager";
import { AuthoredTable, CardTable } from "@/components/cards/card-table";
import { plural } from "@/components/charts/format";
import { requireViewer } from "@/lib/server/auth/viewer";
import { browseAuthoredQuestions } from "@/lib/server/cards/browse-authored-questions";
import { browseCards } from "@/lib/server/cards/browse-cards";
import { listBrowseDecks } from "@/lib/server/cards/list-browse-decks";
import { browseHref, parseBrowseQuery } from "@/lib/cards/browse-query";

export const metadata: Metadata = { title: "Cards" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The card browser: the learner's cards across decks (search, filters, sort, pages, all in the URL), and for
 * instructors the same search over their own decks' questions. Server-rendered; the data functions read only
 * the viewer's own rows.
 */
export default async function CardsPage({ searchParams }: Props) {
  const viewer = await requireViewer(undefined, "/cards");
  const parsed = parseBrowseQuery(await searchParams);
  const canAuthor = viewer.role === "instructor" || viewer.role === "admin";
  // Only instructors and admins have an "authored" view; anyone else asking for it gets their own cards.
  const query = canAuthor ? parsed.query : { ...parsed.query, scope: "mine" as const };
  const now = new Date();
  const mine = query.scope === "mine";
  const [decks, cards, questions] = await Promise.all([
    listBrowseDecks(viewer, query.scope),
    mine ? browseCards(viewer, query, now) : null,
    mine ? null : browseAuthoredQuestions(viewer, query),
  ]);
  const result = cards ?? questions ?? { rows: [], total: 0, totalCapped: false, page: 1, hasNext: false };
  const noun = mine ? "card" : "question";
  const found = `${result.totalCapped ? `More than ${result.total.toLocaleString("en-US")} ${noun}s` : plural(result.total, noun)}${query.q ? ` matching “${query.q}”` : ""}`;

  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{mine ? "Your cards" : "Your decks’ questions"}</h1>
        {canAuthor ? (
          <nav aria-label="What to browse" className="flex gap-4 text-sm">
            <Link href="/cards" aria-current={mine ? "page" : undefined} className={mine ? "font-semibold" : "text-brand-700 underline-offset-2 hover:underline dark:text-sky-300"}>
              Cards you study
            </Link>
            <Link href="/cards?scope=authored" aria-current={mine ? undefined : "page"} className={mine ? "text-brand-700 underline-offset-2 hover:underline dark:text-sky-300" : "font-semibold"}>
              Questions in your decks
            </Link>
          </nav>
        ) : null}
      </header>

      {parsed.rejected.length ? (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800">
          Ignored a filter that was not understood ({parsed.rejected.join(", ")}).
        </p>
      ) : null}

      <BrowseFilters query={query} decks={decks} authored={!mine} />

      <p className="text-sm text-slate-700 dark:text-slate-300" role="status" data-testid="browse-count">
        {found}.
      </p>

      {result.rows.length === 0 ? (
        <p className="rounded-xl bg-brand-50 p-4 text-sm ring-1 ring-brand-100 dark:bg-slate-900 dark:ring-slate-800">
          {result.total > 0 ? (
            <>
              No cards on this page. <Link href={browseHref(query, { page: 1 })} className="underline">Go to the first page</Link>.
            </>
          ) : mine ? (
            "No cards match. Cards appear here once you have studied a question."
          ) : (
            "No questions in your decks match."
          )}
        </p>
      ) : cards ? (
        <CardTable rows={cards.rows} now={now} caption={`Your cards, page ${cards.page}`} />
      ) : questions ? (
        <AuthoredTable rows={questions.rows} caption={`Questions in your decks, page ${questions.page}`} />
      ) : null}

      <BrowsePager query={query} result={result} />
    </div>
  );
}
