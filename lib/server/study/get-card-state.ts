import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";

export type CardStateView = {
  questionId: string;
  state: number;
  due: string;
  lastReview: string | null;
  reps: number;
  lapses: number;
  version: number;
  attempts: number;
  correctCount: number;
  againCount: number;
};

/** The viewer's own card for a question (their scheduling state); someone else's card is never visible. */
export async function getCardState(viewer: Viewer, questionId: string): Promise<CardStateView> {
  const card = await db.card.findUnique({
    where: { userId_questionId: { userId: viewer.id, questionId } },
    select: { questionId: true, state: true, due: true, lastReview: true, reps: true, lapses: true, version: true, attempts: true, correctCount: true, againCount: true },
  });
  if (!card) throw notFound("Card");
  return { ...card, due: card.due.toISOString(), lastReview: card.lastReview?.toISOString() ?? null };
}
