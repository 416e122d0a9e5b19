import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { notFound } from "@/lib/server/errors";
import { learnerDay } from "@/lib/srs/learner-day";
import { loadNextCard, STUDY_LOOKAHEAD } from "./load-next-card";
import type { NextCardPayload } from "./study-types";

export type StudySession = NextCardPayload & {
  deck: { id: string; title: string; questionCount: number };
  /** Reviews of this deck already made today (net of undos), so a reload keeps the progress bar. */
  doneToday: number;
};

/** What the study page needs on first load: the deck, today's progress and the first card. */
export async function getStudySession(viewer: Viewer, deckId: string, options: { focusQuestionId?: string } = {}): Promise<StudySession> {
  const deck = await db.deck.findFirst({
    where: { AND: [{ id: deckId }, visibleDeckWhere(viewer)] },
    select: { id: true, title: true, _count: { select: { questions: { where: { status: "approved", deletedAt: null } } } } },
  });
  if (!deck) throw notFound("Deck");
  const now = new Date();
  const day = learnerDay(now, viewer.timeZone, viewer.dayStartHour);
  const [next, reviews, undos] = await Promise.all([
    loadNextCard(viewer, deck.id, { now, lookahead: STUDY_LOOKAHEAD, focusQuestionId: options.focusQuestionId }),
    db.reviewLog.count({ where: { userId: viewer.id, deckId: deck.id, dayKey: day.key, type: { in: ["review", "quiz"] }, reviewedAt: { gte: day.start } } }),
    db.reviewLog.count({ where: { userId: viewer.id, deckId: deck.id, dayKey: day.key, type: "undo", reviewedAt: { gte: day.start } } }),
  ]);
  return { ...next, deck: { id: deck.id, title: deck.title, questionCount: deck._count.questions }, doneToday: Math.max(0, reviews - undos) };
}
