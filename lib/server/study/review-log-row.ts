import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { Card, SchedulingOutcome } from "@/lib/srs/types";

export type ReviewLogRowInput = {
  /** Row id and creation time; the database's defaults when left out. */
  id?: string;
  createdAt?: Date;
  idempotencyKey: string;
  userId: string;
  questionId: string;
  cardId: string;
  deckId: string;
  /** 1–4 (Again … Easy). */
  rating: number;
  before: Card;
  after: Card;
  log: Pick<SchedulingOutcome["log"], "elapsedDays" | "lastElapsedDays">;
  /** The card as it was, serialised (snapshotCard; with its counters where undo needs them). */
  cardBefore: string;
  cardVersion: number;
  correct: boolean;
  durationMs: number;
  reviewedAt: Date;
  dayKey: string;
};

/**
 * The ReviewLog row of one simulated review answer, with the columns review-writes.ts inserts for a real one
 * (the card's state before, its scheduling after, the log's elapsed days). For histories written in bulk (the
 * demo learner's month, test fixtures), so they cannot drift from each other or from the real answer's row.
 */
export function reviewLogRow(r: ReviewLogRowInput): Prisma.ReviewLogCreateManyInput {
  return {
    ...(r.id ? { id: r.id } : {}),
    idempotencyKey: r.idempotencyKey,
    userId: r.userId,
    questionId: r.questionId,
    cardId: r.cardId,
    deckId: r.deckId,
    type: "review",
    rating: r.rating,
    stateBefore: r.before.state,
    state: r.after.state,
    due: r.after.due,
    stability: r.after.stability,
    difficulty: r.after.difficulty,
    elapsedDays: r.log.elapsedDays,
    lastElapsedDays: r.log.lastElapsedDays,
    scheduledDays: r.after.scheduledDays,
    learningSteps: r.after.learningSteps,
    cardBefore: r.cardBefore,
    cardVersion: r.cardVersion,
    answer: null,
    correct: r.correct,
    durationMs: r.durationMs,
    reviewedAt: r.reviewedAt,
    dayKey: r.dayKey,
    ...(r.createdAt ? { createdAt: r.createdAt } : {}),
  };
}
