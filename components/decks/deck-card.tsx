import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatArticleDate } from "@/lib/format-date";
import { plural } from "@/components/charts/format";

export type DeckCardData = {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  articles: { title: string; author: string | null; publishedAt: Date | null }[];
};

export function DeckCard({ deck }: { deck: DeckCardData }) {
  const first = deck.articles[0];
  const meta =
    deck.articles.length > 1
      ? `${deck.articles.length} articles`
      : [first?.author, formatArticleDate(first?.publishedAt ?? null)].filter(Boolean).join(" · ");
  return (
    <li className="group relative flex flex-col rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 transition hover:shadow-md hover:ring-brand-500 dark:bg-slate-900 dark:ring-slate-800">
      <h3 className="text-base font-semibold leading-snug text-slate-900 dark:text-white">
        <Link href={`/decks/${deck.id}`} className="after:absolute after:inset-0 focus-visible:outline-none">
          {deck.title}
        </Link>
      </h3>
      {meta ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{meta}</p> : null}
      <p className="mt-3 line-clamp-2 text-sm text-slate-700 dark:text-slate-300">{deck.description}</p>
      <div className="mt-auto pt-4">
        <Badge tone="brand">{plural(deck.questionCount, "question")}</Badge>
      </div>
    </li>
  );
}
