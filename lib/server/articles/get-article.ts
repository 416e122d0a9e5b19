import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";

export type ArticleView = {
  id: string;
  title: string;
  author: string | null;
  publishedAt: Date | null;
  source: string | null;
  paragraphs: { index: number; start: number; text: string }[];
};

/** An article is readable when it belongs to a deck the viewer may see. */
export async function getArticle(viewer: Viewer | null, articleId: string): Promise<ArticleView> {
  const article = await db.article.findFirst({
    where: { id: articleId, decks: { some: { deck: visibleDeckWhere(viewer) } } },
  });
  if (!article) throw notFound("Article");
  const paragraphs: ArticleView["paragraphs"] = [];
  let offset = 0;
  for (const text of article.body.split("\n\n")) {
    paragraphs.push({ index: paragraphs.length, start: offset, text });
    offset += text.length + 2;
  }
  return { id: article.id, title: article.title, author: article.author, publishedAt: article.publishedAt, source: article.source, paragraphs };
}
