import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { notFound } from "@/lib/server/errors";
import { QUIZ_KINDS } from "./quiz-types";

/** The deck and how many auto-gradable questions a quiz can draw from. */
export async function getQuizSetup(viewer: Viewer, deckId: string): Promise<{ deck: { id: string; title: string }; available: number }> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: deckId }, visibleDeckWhere(viewer)] }, select: { id: true, title: true } });
  if (!deck) throw notFound("Deck");
  const available = await db.question.count({ where: { deckId: deck.id, status: "approved", deletedAt: null, kind: { in: [...QUIZ_KINDS] } } });
  return { deck, available };
}
