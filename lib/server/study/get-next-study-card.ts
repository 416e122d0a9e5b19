import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { notFound } from "@/lib/server/errors";
import { loadNextCard, STUDY_LOOKAHEAD } from "./load-next-card";
import { quickVisibleDeckSql } from "./quick-visible-deck-sql";
import type { NextCardPayload } from "./study-types";

/** The next cards of a deck the viewer may see (a deck they may not see is "not found"). */
export async function getNextStudyCard(viewer: Viewer, deckId: string, lastShownQuestionId?: string | null, preferQuestionId?: string): Promise<NextCardPayload> {
  const [quick] = await db.$queryRaw<Array<{ id: string }>>`SELECT d."id" FROM "Deck" d WHERE d."id" = ${deckId} AND ${quickVisibleDeckSql(viewer.id)}`;
  const deck = quick ?? (await db.deck.findFirst({ where: { AND: [{ id: deckId }, visibleDeckWhere(viewer)] }, select: { id: true } }));
  if (!deck) throw notFound("Deck");
  return loadNextCard(viewer, deck.id, { lastShownQuestionId, preferQuestionId, lookahead: STUDY_LOOKAHEAD });
}
