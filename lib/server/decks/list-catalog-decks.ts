import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { visibleDeckWhere } from "./deck-access";

export type DeckSummary = {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  articles: { id: string; title: string; author: string | null; publishedAt: Date | null }[];
  tags: string[];
};

/** Published decks the viewer may study, newest source first. */
export async function listCatalogDecks(viewer: Viewer | null): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: { AND: [visibleDeckWhere(viewer), { status: "published" }] },
    orderBy: [{ createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      _count: { select: { questions: { where: { deletedAt: null, status: "approved" } } } },
      articles: {
        orderBy: { position: "asc" },
        select: { article: { select: { id: true, title: true, author: true, publishedAt: true } } },
      },
    },
  });
  return decks.map((d) => ({
    id: d.id,
    title: d.title,
    description: d.description,
    questionCount: d._count.questions,
    articles: d.articles.map((a) => a.article),
    tags: [],
  }));
}
