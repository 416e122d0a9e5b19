import type { Metadata } from "next";
import { formatArticleDate } from "@/lib/format-date";
import { getViewer } from "@/lib/server/auth/viewer";
import { getArticle, type ArticleView } from "@/lib/server/articles/get-article";
import { orNotFound } from "@/lib/server/or-not-found";

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<{ s?: string }> };

async function loadArticle(articleId: string): Promise<ArticleView> {
  return orNotFound(getArticle(await getViewer(), articleId));
}

function parseRange(raw: string | undefined): [number, number] | null {
  const m = raw?.match(/^(\d{1,7})-(\d{1,7})$/);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? [start, end] : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { articleId } = await params;
  return { title: (await loadArticle(articleId)).title };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { articleId } = await params;
  const article = await loadArticle(articleId);
  const range = parseRange((await searchParams).s);
  return (
    <article className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{article.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {[article.author ? `By ${article.author}` : null, formatArticleDate(article.publishedAt), article.source].filter(Boolean).join(" · ")}
        </p>
      </header>
      <div className="space-y-4 font-serif text-lg leading-relaxed text-slate-800 dark:text-slate-200">
        {article.paragraphs.map((p) => {
          const end = p.start + p.text.length;
          if (!range || range[0] < p.start || range[0] >= end) {
            return (
              <p key={p.index} id={`p-${p.index}`}>
                {p.text}
              </p>
            );
          }
          const a = range[0] - p.start;
          const b = Math.min(range[1] - p.start, p.text.length);
          return (
            <p key={p.index} id={`p-${p.index}`}>
              {p.text.slice(0, a)}
              <mark id="source" className="answer-highlight">
                {p.text.slice(a, b)}
              </mark>
              {p.text.slice(b)}
            </p>
          );
        })}
      </div>
    </article>
  );
}
