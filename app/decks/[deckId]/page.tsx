import type { Metadata } from "next";
import Link from "next/link";
import { QuestionList } from "@/components/decks/question-list";
import { buttonClasses } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { DeckExportLinks } from "@/components/interop/deck-export-links";
import { formatArticleDate } from "@/lib/format-date";
import { getViewer } from "@/lib/server/auth/viewer";
import { getDeck, type DeckDetail } from "@/lib/server/decks/get-deck";
import { orNotFound } from "@/lib/server/or-not-found";
import { plural } from "@/components/charts/format";

type Props = { params: Promise<{ deckId: string }> };

async function loadDeck(deckId: string): Promise<DeckDetail> {
  return orNotFound(getDeck(await getViewer(), deckId));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { deckId } = await params;
  const deck = await loadDeck(deckId);
  return { title: deck.title };
}

export default async function DeckPage({ params }: Props) {
  const { deckId } = await params;
  const deck = await loadDeck(deckId);
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <div className="flex flex-wrap gap-2">
          <Badge tone={deck.status === "published" ? "green" : "amber"}>{deck.status === "published" ? "Published" : "Draft"}</Badge>
          <Badge>{plural(deck.questions.length, "question")}</Badge>
        </div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{deck.title}</h1>
        {deck.description ? <p className="text-slate-700 dark:text-slate-300">{deck.description}</p> : null}
        <div className="flex flex-wrap gap-3 pt-2">
          <Link href={`/study/${deck.id}`} className={buttonClasses("primary", "lg")}>
            Study now
          </Link>
          <Link href={`/decks/${deck.id}/quiz`} className={buttonClasses("secondary", "lg")}>
            Take a quiz
          </Link>
        </div>
        {deck.isOwner ? (
          <div className="flex flex-wrap items-baseline gap-x-3 pt-1 text-sm text-slate-600 dark:text-slate-400">
            <Link href={`/instructor/decks/${deck.id}`} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100">
              Edit questions
            </Link>
            <span>Export:</span>
            <DeckExportLinks deckId={deck.id} title={deck.title} />
          </div>
        ) : null}
      </header>

      {deck.articles.length > 0 ? (
        <section aria-labelledby="sources-heading" className="space-y-2">
          <h2 id="sources-heading" className="text-lg font-semibold">
            {deck.articles.length === 1 ? "Source article" : "Source articles"}
          </h2>
          <ul className="space-y-2">
            {deck.articles.map((a) => (
              <li key={a.id} className="rounded-lg bg-white p-3 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
                <Link href={`/articles/${a.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                  {a.title}
                </Link>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {[a.author ? `By ${a.author}` : null, formatArticleDate(a.publishedAt), a.source].filter(Boolean).join(" · ")}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="questions-heading" className="space-y-3">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions
        </h2>
        <QuestionList
          questions={deck.questions.map((q) => ({
            id: q.id,
            kind: q.kind,
            prompt: q.prompt,
            answer: q.answer,
            sourceSentence: q.sourceSentence,
            sourceStart: q.sourceStart,
            sourceEnd: q.sourceEnd,
            articleId: q.articleId,
            tags: q.tags,
          }))}
        />
      </section>
    </article>
  );
}
