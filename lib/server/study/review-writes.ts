import "server-only";
import { randomBytes } from "node:crypto";
import { directSql } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import type { Card } from "@/lib/srs/types";
import { reviewCounters, type ReviewEffect } from "./review-counters";
import { reviewLedgerWrites } from "./review-ledger";

export type ReviewWrite = {
  logId: string;
  idempotencyKey: string;
  questionId: string;
  deckId: string;
  cardId: string;
  type: string;
  before: Card;
  after: Card;
  elapsedDays: number;
  lastElapsedDays: number;
  cardBefore: string;
  /** Version the answer was made against; the card moves to version + 1. */
  version: number;
  cardExists: boolean;
  answer: string | null;
  reviewedAt: Date;
  /** The card becomes a leech with this answer (lib/srs/leech.ts): tag it, and suspend it when the learner chose so. */
  leech?: "suspend" | "tag" | null;
  /** The counters' view of this review (see review-counters.ts). */
  effect: ReviewEffect;
};

/**
 * The leech tag (and the suspension, by the learner's setting) goes into the card's own UPDATE: on
 * PostgreSQL the batch is one statement of CTEs, and two CTEs updating the same row would lose one.
 */
function leechSet(leech: ReviewWrite["leech"]): Prisma.Sql {
  if (leech === "suspend") return Prisma.sql`, "leech" = ${true}, "suspended" = ${true}`;
  if (leech) return Prisma.sql`, "leech" = ${true}`;
  return Prisma.empty;
}

/** Opaque row id (25 base-36-ish chars), like the cuid()s Prisma would generate. */
export function newRowId(): string {
  return `r${randomBytes(15).toString("base64url").replace(/[-_]/g, "0").toLowerCase()}`;
}

/**
 * The writes of one review as ONE batched transaction of plain SQL statements, run by directSql
 * (lib/server/db/direct-sql.ts: prepared better-sqlite3 statements, or one PostgreSQL statement in one
 * round trip) instead of Prisma's $transaction, which costs about 0.1 ms per statement on top of the
 * database's microseconds. The log insert's unique keys (idempotencyKey; cardId + cardVersion) make a
 * duplicate or stale write fail, rolling back the whole batch. Counters: the ledger (review-ledger.ts).
 */
export function runReviewWrites(w: ReviewWrite): Promise<unknown> {
  const a = w.after;
  const e = w.effect;
  const add = reviewCounters(e).card;
  const now = w.reviewedAt;
  return directSql.batch([
    Prisma.sql`
      INSERT INTO "ReviewLog" ("id", "idempotencyKey", "userId", "questionId", "cardId", "deckId", "type", "rating", "stateBefore",
        "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "cardBefore",
        "cardVersion", "answer", "correct", "durationMs", "reviewedAt", "dayKey", "createdAt")
      VALUES (${w.logId}, ${w.idempotencyKey}, ${e.userId}, ${w.questionId}, ${w.cardId}, ${w.deckId}, ${w.type}, ${e.rating}, ${w.before.state},
        ${a.state}, ${a.due}, ${a.stability}, ${a.difficulty}, ${w.elapsedDays}, ${w.lastElapsedDays}, ${a.scheduledDays}, ${a.learningSteps}, ${w.cardBefore},
        ${w.version}, ${w.answer}, ${e.correct}, ${e.durationMs}, ${now}, ${e.dayKey}, ${now})`,
    w.cardExists
      ? Prisma.sql`
          UPDATE "Card" SET "due" = ${a.due}, "stability" = ${a.stability}, "difficulty" = ${a.difficulty}, "elapsedDays" = ${a.elapsedDays},
            "scheduledDays" = ${a.scheduledDays}, "learningSteps" = ${a.learningSteps}, "reps" = ${a.reps}, "lapses" = ${a.lapses},
            "state" = ${a.state}, "lastReview" = ${a.lastReview}, "version" = ${w.version + 1},
            "attempts" = "attempts" + ${add.attempts}, "correctCount" = "correctCount" + ${add.correctCount}, "againCount" = "againCount" + ${add.againCount},
            "totalMs" = "totalMs" + ${add.totalMs}, "firstCorrect" = CASE WHEN ${e.isFirstAttempt ? 1 : 0} = 1 THEN ${e.correct} ELSE "firstCorrect" END,
            "updatedAt" = ${now}${leechSet(w.leech)}
          WHERE "id" = ${w.cardId} AND "version" = ${w.version}`
      : Prisma.sql`
          INSERT INTO "Card" ("id", "userId", "questionId", "deckId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
            "learningSteps", "reps", "lapses", "state", "lastReview", "version", "attempts", "correctCount", "againCount", "firstCorrect",
            "totalMs", "createdAt", "updatedAt")
          VALUES (${w.cardId}, ${e.userId}, ${w.questionId}, ${w.deckId}, ${a.due}, ${a.stability}, ${a.difficulty}, ${a.elapsedDays}, ${a.scheduledDays},
            ${a.learningSteps}, ${a.reps}, ${a.lapses}, ${a.state}, ${a.lastReview}, 1, ${add.attempts}, ${add.correctCount}, ${add.againCount}, ${e.correct},
            ${add.totalMs}, ${now}, ${now})`,
    ...reviewLedgerWrites(e, 1),
  ]);
}
