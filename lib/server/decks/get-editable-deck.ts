import "server-only";
import { db, type Prisma } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { parseStringList, toQuestionView, type QuestionView } from "@/lib/server/questions/question-view";
import { editableDeckWhere } from "./deck-access";

export type QuestionFilter = { q?: string; kind?: string; tag?: string; status?: string };

export type EditableQuestion = QuestionView & { updatedAt: string };

export type EditableDeck = {
  id: string;
  title: string;
  description: string;
  status: string;
  visibility: string;
  articles: { id: string; title: string }[];
  questions: EditableQuestion[];
  totalQuestions: number;
  /** Questions per review status over the whole deck, whatever the filter. */
  statusCounts: { draft: number; approved: number; rejected: number };
  allTags: string[];
  otherDecks: { id: string; title: string }[];
};

/** The owner's view of a deck: every non-deleted question (any status), filtered; a stranger gets "not found". */
export async function getEditableDeck(viewer: Viewer, deckId: string, filter: QuestionFilter = {}): Promise<EditableDeck> {
  const deck = await db.deck.findFirst({
    where: { AND: [{ id: deckId }, editableDeckWhere(viewer)] },
    include: { articles: { orderBy: { position: "asc" }, include: { article: { select: { id: true, title: true } } } } },
  });
  if (!deck) throw notFound("Deck");
  const where: Prisma.QuestionWhereInput = { deckId: deck.id, deletedAt: null };
  if (filter.kind) where.kind = filter.kind;
  if (filter.status) where.status = filter.status;
  if (filter.q) where.OR = [{ prompt: { contains: filter.q } }, { answer: { contains: filter.q } }];
  const [rows, all, otherDecks] = await Promise.all([
    db.question.findMany({ where, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.question.findMany({ where: { deckId: deck.id, deletedAt: null }, select: { tags: true, status: true } }),
    db.deck.findMany({ where: { AND: [editableDeckWhere(viewer), { id: { not: deck.id } }] }, select: { id: true, title: true }, orderBy: { title: "asc" } }),
  ]);
  const tagSet = new Set<string>();
  const statusCounts = { draft: 0, approved: 0, rejected: 0 };
  for (const r of all) {
    for (const t of parseStringList(r.tags)) tagSet.add(t);
    if (r.status === "draft" || r.status === "approved" || r.status === "rejected") statusCounts[r.status]++;
  }
  let questions = rows.map((r) => ({ ...toQuestionView(r), updatedAt: r.updatedAt.toISOString() }));
  // Tags live in a JSON string column, so the tag filter runs after parsing (one deck's questions only).
  if (filter.tag) questions = questions.filter((q) => q.tags.includes(filter.tag!));
  return {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    status: deck.status,
    visibility: deck.visibility,
    articles: deck.articles.map((a) => a.article),
    questions,
    totalQuestions: all.length,
    statusCounts,
    allTags: [...tagSet].sort(),
    otherDecks,
  };
}
