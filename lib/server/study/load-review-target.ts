import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db, directSql } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { notFound } from "@/lib/server/errors";
import { quickVisibleDeckSql } from "./quick-visible-deck-sql";
import { CARD_SCHEDULING_SELECT, cardSchedulingFromRaw, type CardSchedulingRow, type RawCardScheduling } from "./card-row";

export type ReviewTargetCard = CardSchedulingRow & { id: string; version: number; attempts: number; correctCount: number; againCount: number; firstCorrect: boolean | null; totalMs: number };
export type ReviewTarget = { question: { id: string; deckId: string; kind: string; answer: string; acceptedAnswers: string }; row: ReviewTargetCard | null };

/**
 * The one read of a review save: the question (approved, not deleted, in a deck the viewer may study) and
 * the viewer's card. `quick` is the hot path: the cheap branches of visibleDeckWhere (quickVisibleDeckSql)
 * in ONE raw SQL query (directSql: no ORM on the hot path), null when the deck is not visible that way.
 * `full` applies visibleDeckWhere itself (class assignments) and throws "not found".
 */
export async function loadReviewTarget(viewer: Viewer, questionId: string, rule: "quick" | "full"): Promise<ReviewTarget | null> {
  if (rule === "full") return loadWithFullRule(viewer, questionId);
  const rows = await directSql.query<ReviewTarget["question"] & Partial<Record<keyof ReviewTargetCard, unknown>> & { cardId: string | null }>(Prisma.sql`
    SELECT q."id", q."deckId", q."kind", q."answer", q."acceptedAnswers",
      c."id" AS "cardId", c."due", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays", c."learningSteps", c."reps", c."lapses",
      c."state", c."lastReview", c."version", c."attempts", c."correctCount", c."againCount", c."firstCorrect", c."totalMs"
    FROM "Question" q
    JOIN "Deck" d ON d."id" = q."deckId"
    LEFT JOIN "Card" c ON c."questionId" = q."id" AND c."userId" = ${viewer.id}
    WHERE q."id" = ${questionId} AND q."status" = 'approved' AND q."deletedAt" IS NULL AND ${quickVisibleDeckSql(viewer.id)}`);
  const r = rows[0];
  if (!r) return null;
  const question = { id: r.id, deckId: r.deckId, kind: r.kind, answer: r.answer, acceptedAnswers: r.acceptedAnswers };
  if (r.cardId === null) return { question, row: null };
  const n = (v: unknown) => Number(v);
  return {
    question,
    row: {
      id: r.cardId,
      ...cardSchedulingFromRaw(r as RawCardScheduling),
      attempts: n(r.attempts),
      correctCount: n(r.correctCount),
      againCount: n(r.againCount),
      // SQLite hands booleans back as 0/1 in raw results on some paths.
      firstCorrect: r.firstCorrect === null || r.firstCorrect === undefined ? null : Boolean(r.firstCorrect),
      totalMs: n(r.totalMs),
    },
  };
}

async function loadWithFullRule(viewer: Viewer, questionId: string): Promise<ReviewTarget> {
  const question = await db.question.findFirst({
    where: { id: questionId, deletedAt: null, status: "approved", deck: visibleDeckWhere(viewer) },
    select: { id: true, deckId: true, kind: true, answer: true, acceptedAnswers: true },
  });
  if (!question) throw notFound("Question");
  const row = await db.card.findUnique({
    where: { userId_questionId: { userId: viewer.id, questionId: question.id } },
    select: { ...CARD_SCHEDULING_SELECT, attempts: true, correctCount: true, againCount: true, firstCorrect: true, totalMs: true },
  });
  return { question, row };
}
