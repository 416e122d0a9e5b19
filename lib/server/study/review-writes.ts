import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db/client";
import type { Card } from "@/lib/srs/types";

export type ReviewWrite = {
  logId: string;
  idempotencyKey: string;
  userId: string;
  questionId: string;
  deckId: string;
  cardId: string;
  type: string;
  rating: number;
  before: Card;
  after: Card;
  elapsedDays: number;
  lastElapsedDays: number;
  cardBefore: string;
  /** Version the answer was made against; the card moves to version + 1. */
  version: number;
  cardExists: boolean;
  answer: string | null;
  correct: boolean;
  isFirstAttempt: boolean;
  durationMs: number;
  reviewedAt: Date;
  dayKey: string;
  wrongKey: string | null;
};

/** Opaque row id (25 base-36-ish chars), like the cuid()s Prisma would generate. */
export function newRowId(): string {
  return `r${randomBytes(15).toString("base64url").replace(/[-_]/g, "0").toLowerCase()}`;
}

/**
 * The writes of one review as ONE batched transaction of plain SQL statements (standard SQL,
 * `ON CONFLICT … DO UPDATE` works in SQLite and PostgreSQL). Prisma's model API costs about a
 * millisecond per statement here; these cost a fraction. Ordering matters: the log insert comes
 * first, and its unique keys (idempotencyKey; cardId + cardVersion) make a duplicate or stale write
 * fail before anything else happens, rolling back the whole batch.
 */
export function runReviewWrites(w: ReviewWrite): Promise<unknown> {
  const a = w.after;
  const again = w.rating === 1 ? 1 : 0;
  const isNew = w.before.state === 0 ? 1 : 0;
  const firstAttempt = w.isFirstAttempt ? 1 : 0;
  const firstCorrect = w.isFirstAttempt && w.correct ? 1 : 0;
  const now = w.reviewedAt;
  return db.$transaction([
    db.$executeRaw`
      INSERT INTO "ReviewLog" ("id", "idempotencyKey", "userId", "questionId", "cardId", "deckId", "type", "rating", "stateBefore",
        "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "cardBefore",
        "cardVersion", "answer", "correct", "durationMs", "reviewedAt", "dayKey", "createdAt")
      VALUES (${w.logId}, ${w.idempotencyKey}, ${w.userId}, ${w.questionId}, ${w.cardId}, ${w.deckId}, ${w.type}, ${w.rating}, ${w.before.state},
        ${a.state}, ${a.due}, ${a.stability}, ${a.difficulty}, ${w.elapsedDays}, ${w.lastElapsedDays}, ${a.scheduledDays}, ${a.learningSteps}, ${w.cardBefore},
        ${w.version}, ${w.answer}, ${w.correct}, ${w.durationMs}, ${now}, ${w.dayKey}, ${now})`,
    w.cardExists
      ? db.$executeRaw`
          UPDATE "Card" SET "due" = ${a.due}, "stability" = ${a.stability}, "difficulty" = ${a.difficulty}, "elapsedDays" = ${a.elapsedDays},
            "scheduledDays" = ${a.scheduledDays}, "learningSteps" = ${a.learningSteps}, "reps" = ${a.reps}, "lapses" = ${a.lapses},
            "state" = ${a.state}, "lastReview" = ${a.lastReview}, "version" = ${w.version + 1},
            "attempts" = "attempts" + 1, "correctCount" = "correctCount" + ${w.correct ? 1 : 0}, "againCount" = "againCount" + ${again},
            "totalMs" = "totalMs" + ${w.durationMs}, "firstCorrect" = CASE WHEN ${firstAttempt} = 1 THEN ${w.correct} ELSE "firstCorrect" END,
            "updatedAt" = ${now}
          WHERE "id" = ${w.cardId} AND "version" = ${w.version}`
      : db.$executeRaw`
          INSERT INTO "Card" ("id", "userId", "questionId", "deckId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
            "learningSteps", "reps", "lapses", "state", "lastReview", "version", "attempts", "correctCount", "againCount", "firstCorrect",
            "totalMs", "createdAt", "updatedAt")
          VALUES (${w.cardId}, ${w.userId}, ${w.questionId}, ${w.deckId}, ${a.due}, ${a.stability}, ${a.difficulty}, ${a.elapsedDays}, ${a.scheduledDays},
            ${a.learningSteps}, ${a.reps}, ${a.lapses}, ${a.state}, ${a.lastReview}, 1, 1, ${w.correct ? 1 : 0}, ${again}, ${w.correct},
            ${w.durationMs}, ${now}, ${now})`,
    db.$executeRaw`
      INSERT INTO "LearnerDayStat" ("userId", "dayKey", "reviews", "againCount", "newCount", "totalMs")
      VALUES (${w.userId}, ${w.dayKey}, 1, ${again}, ${isNew}, ${w.durationMs})
      ON CONFLICT ("userId", "dayKey") DO UPDATE SET "reviews" = "LearnerDayStat"."reviews" + 1,
        "againCount" = "LearnerDayStat"."againCount" + excluded."againCount", "newCount" = "LearnerDayStat"."newCount" + excluded."newCount",
        "totalMs" = "LearnerDayStat"."totalMs" + excluded."totalMs"`,
    db.$executeRaw`
      INSERT INTO "QuestionStat" ("questionId", "attempts", "firstAttempts", "firstCorrect", "againCount")
      VALUES (${w.questionId}, 1, ${firstAttempt}, ${firstCorrect}, ${again})
      ON CONFLICT ("questionId") DO UPDATE SET "attempts" = "QuestionStat"."attempts" + 1,
        "firstAttempts" = "QuestionStat"."firstAttempts" + excluded."firstAttempts", "firstCorrect" = "QuestionStat"."firstCorrect" + excluded."firstCorrect",
        "againCount" = "QuestionStat"."againCount" + excluded."againCount"`,
    ...(w.wrongKey
      ? [
          db.$executeRaw`
            INSERT INTO "WrongAnswerStat" ("questionId", "userId", "answer", "count") VALUES (${w.questionId}, ${w.userId}, ${w.wrongKey}, 1)
            ON CONFLICT ("questionId", "userId", "answer") DO UPDATE SET "count" = "WrongAnswerStat"."count" + 1`,
        ]
      : []),
  ]);
}
