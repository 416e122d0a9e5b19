import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { notFound } from "@/lib/server/errors";
import { getOpenQuiz } from "./get-open-quiz";
import { QUIZ_KINDS, type OpenQuiz } from "./quiz-types";

/** The deck, how many auto-gradable questions a quiz can draw from, and an unfinished quiz to resume. */
export async function getQuizSetup(viewer: Viewer, deckId: string): Promise<{ deck: { id: string; title: string }; available: number; open: OpenQuiz | null }> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: deckId }, visibleDeckWhere(viewer)] }, select: { id: true, title: true } });
  if (!deck) throw notFound("Deck");
  const [available, open] = await Promise.all([
    db.question.count({ where: { deckId: deck.id, status: "approved", deletedAt: null, kind: { in: [...QUIZ_KINDS] } } }),
    getOpenQuiz(viewer, deck.id),
  ]);
  return { deck, available, open };
}
