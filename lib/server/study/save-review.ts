import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { conflict } from "@/lib/server/errors";
import { parseStringList } from "@/lib/server/questions/question-view";
import { createNewCard, snapshotCard } from "@/lib/srs/card";
import { dayKeyOf } from "@/lib/srs/learner-day";
import { becomesLeech, toLeechAction } from "@/lib/srs/leech";
import { applyRating } from "@/lib/srs/next-states";
import { RATINGS, type RatingName } from "@/lib/srs/types";
import { EMPTY_COUNTERS, type CardBeforeSnapshot } from "./card-counters";
import { toSrsCard } from "./card-row";
import { gradeAnswer } from "./grade-answer";
import { isWriteRace } from "./is-write-race";
import { loadReviewTarget, type ReviewTarget } from "./load-review-target";
import { newRowId, runReviewWrites } from "./review-writes";
import { toSavedReviewView } from "./review-view";
import { viewerSchedulerSettings } from "./viewer-scheduler-settings";
import { studyCardId } from "./study-card-id";
import type { ReviewResponse } from "./study-types";
import { wrongAnswerKey } from "./wrong-answer-key";

export type SaveReviewInput = {
  questionId: string;
  rating: number;
  idempotencyKey: string;
  /** Card version the client saw (0 = never answered); "current" for server-driven saves (quiz). */
  expectedVersion: number | "current";
  answer?: string | null;
  durationMs: number;
  type?: "review" | "quiz";
};

export const STALE_CARD_MESSAGE = "This card changed in another tab; reloaded.";

const LOG_VIEW_SELECT = {
  id: true,
  userId: true,
  questionId: true,
  rating: true,
  correct: true,
  state: true,
  due: true,
  reviewedAt: true,
  cardVersion: true,
  deckId: true,
} as const;

/**
 * Records one answer: ONE read (question + visibility + the learner's card, see load-review-target.ts),
 * FSRS scheduling, then ONE batched transaction of plain SQL (no interactive round trips, which would hold
 * SQLite's write lock across awaits): ReviewLog insert (unique idempotencyKey, unique cardId+cardVersion),
 * Card create or update, and the counters of the review ledger (review-counters.ts, review-ledger.ts).
 * Any lost race rolls the whole batch back; then a stored log with the same key means "replay"
 * (200, same review body, nothing counted twice) and anything else is a stale tab (409).
 */
export async function saveReview(viewer: Viewer, input: SaveReviewInput): Promise<ReviewResponse> {
  const now = new Date();
  const { question, row } = ((await loadReviewTarget(viewer, input.questionId, "quick")) ?? (await loadReviewTarget(viewer, input.questionId, "full"))) as ReviewTarget;
  const version = row?.version ?? 0;
  const expected = input.expectedVersion === "current" ? version : input.expectedVersion;
  if (expected !== version) return replayOrConflict(viewer, input);

  const rating = RATINGS[input.rating - 1] as RatingName;
  const cardId = row?.id ?? studyCardId(viewer.id, question.id);
  const before = row ? toSrsCard(row) : createNewCard(now);
  const reviewAt = before.lastReview && before.lastReview > now ? before.lastReview : now;
  const settings = viewerSchedulerSettings(viewer);
  const { card: after, log } = applyRating({ card: before, cardId, now: reviewAt, settings }, rating);

  const answer = input.answer?.trim() ? input.answer.trim() : null;
  const correct = gradeAnswer({ ...question, acceptedAnswers: parseStringList(question.acceptedAnswers) }, answer, input.rating);
  const counters = row
    ? { attempts: row.attempts, correctCount: row.correctCount, againCount: row.againCount, firstCorrect: row.firstCorrect, totalMs: row.totalMs }
    : EMPTY_COUNTERS;
  // Leeches (issue 16): decided in pure code before the write and applied inside the same batch (review-writes.ts).
  // The learner's leech setting is read only in the rare case the rule fires; undo takes it back (leech-undo-fields.ts).
  const leech = becomesLeech(before.lapses, after.lapses)
    ? toLeechAction((await db.user.findUnique({ where: { id: viewer.id }, select: { leechAction: true } }))?.leechAction ?? "suspend")
    : null;
  const cardBefore: CardBeforeSnapshot = { ...snapshotCard(before), counters, ...(leech ? { leechFired: leech } : {}) };

  const logId = newRowId();
  try {
    await runReviewWrites({
      logId,
      idempotencyKey: input.idempotencyKey,
      questionId: question.id,
      deckId: question.deckId,
      cardId,
      type: input.type ?? "review",
      before,
      after,
      elapsedDays: log.elapsedDays,
      lastElapsedDays: log.lastElapsedDays,
      cardBefore: JSON.stringify(cardBefore),
      version,
      cardExists: row !== null,
      answer: answer?.slice(0, 500) ?? null,
      reviewedAt: reviewAt,
      leech,
      effect: {
        userId: viewer.id,
        questionId: question.id,
        dayKey: dayKeyOf(reviewAt, viewer.timeZone, viewer.dayStartHour),
        rating: input.rating,
        correct,
        cardWasNew: before.state === 0,
        isFirstAttempt: counters.attempts === 0,
        durationMs: Math.max(0, Math.round(input.durationMs)),
        wrongKey: wrongAnswerKey(question.kind, answer, correct),
      },
    });
  } catch (error) {
    if (isWriteRace(error)) return replayOrConflict(viewer, input);
    throw error;
  }
  const saved = { id: logId, questionId: question.id, rating: input.rating, correct, state: after.state, due: after.due, reviewedAt: reviewAt, cardVersion: version };
  return { review: toSavedReviewView(saved) };
}

async function replayOrConflict(viewer: Viewer, input: SaveReviewInput): Promise<ReviewResponse> {
  const stored = await db.reviewLog.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: LOG_VIEW_SELECT });
  if (!stored) throw conflict(STALE_CARD_MESSAGE);
  if (stored.userId !== viewer.id || stored.questionId !== input.questionId) {
    throw conflict("This answer key was already used for a different answer. Please reload.");
  }
  return { review: toSavedReviewView(stored) };
}
