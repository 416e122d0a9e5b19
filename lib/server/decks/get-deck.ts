import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { toQuestionView, type QuestionView } from "@/lib/server/questions/question-view";
import { visibleDeckWhere } from "./deck-access";

export type DeckDetail = {
  id: string;
  title: string;
  description: string;
  status: string;
  visibility: string;
  ownerId: string;
  ownerName: string;
  isOwner: boolean;
  articles: { id: string; title: string; author: string | null; publishedAt: Date | null; source: string | null }[];
  questions: QuestionView[];
};

/** A deck with its approved questions, if the viewer may see it; otherwise "not found". */
export async function getDeck(viewer: Viewer | null, deckId: string): Promise<DeckDetail> {
  const deck = await db.deck.findFirst({
    where: { AND: [{ id: deckId }, visibleDeckWhere(viewer)] },
    include: {
      owner: { select: { name: true } },
      articles: { orderBy: { position: "asc" }, include: { article: { select: { id: true, title: true, author: true, publishedAt: true, source: true } } } },
      questions: { where: { deletedAt: null, status: "approved" }, orderBy: { position: "asc" } },
    },
  });
  if (!deck) throw notFound("Deck");
  return {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    status: deck.status,
    visibility: deck.visibility,
    ownerId: deck.ownerId,
    ownerName: deck.owner.name,
    isOwner: viewer?.id === deck.ownerId,
    articles: deck.articles.map((a) => a.article),
    questions: deck.questions.map(toQuestionView),
  };
}
