import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { CARD_SCHEDULING_SELECT } from "@/lib/server/study/card-row";
import { iterateReviewLogs } from "./iterate-review-logs";

/**
 * A card's keys in the order format version 1 writes them. The query shares the study select (in
 * its own order), so the output order is pinned here rather than left to the select's key order.
 */
const CARD_KEYS = ["id", "questionId", "deckId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "version", "attempts", "correctCount", "againCount", "firstCorrect", "totalMs", "createdAt"] as const;

const LOG_FIELDS = {
  idempotencyKey: true,
  questionId: true,
  cardId: true,
  deckId: true,
  type: true,
  undoesLogId: true,
  rating: true,
  stateBefore: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  lastElapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  cardVersion: true,
  answer: true,
  correct: true,
  durationMs: true,
  dayKey: true,
} as const;

/**
 * Everything the learner owns of their study data as one JSON document, streamed: profile
 * settings, every card state, and the full append-only review log (undo rows included, so the
 * history can be replayed exactly). No password hashes, sessions or tokens.
 */
export function streamReviewsJson(viewer: Viewer, now: Date = new Date()): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pages: AsyncGenerator<Record<string, unknown>[]> | null = null;
  let first = true;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const cards = await db.card.findMany({
        where: { userId: viewer.id },
        orderBy: { createdAt: "asc" },
        select: { ...CARD_SCHEDULING_SELECT, deckId: true, attempts: true, correctCount: true, againCount: true, firstCorrect: true, totalMs: true, createdAt: true },
      });
      const profile = {
        id: viewer.id,
        name: viewer.name,
        email: viewer.email,
        timeZone: viewer.timeZone,
        dayStartHour: viewer.dayStartHour,
        desiredRetention: viewer.desiredRetention,
        maximumInterval: viewer.maximumInterval,
        newCardsPerDay: viewer.newCardsPerDay,
      };
      const head = `{"format":"briefdeck-reviews","version":1,"exportedAt":${JSON.stringify(now.toISOString())},"user":${JSON.stringify(profile)},"cards":${JSON.stringify(cards, [...CARD_KEYS])},"reviews":[`;
      controller.enqueue(encoder.encode(head));
      pages = iterateReviewLogs(viewer.id, LOG_FIELDS) as AsyncGenerator<Record<string, unknown>[]>;
    },
    async pull(controller) {
      const next = await pages?.next();
      if (!next || next.done) {
        controller.enqueue(encoder.encode("]}\n"));
        controller.close();
        return;
      }
      let chunk = "";
      for (const row of next.value) {
        chunk += (first ? "\n" : ",\n") + JSON.stringify(row);
        first = false;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await pages?.return(undefined);
    },
  });
}
