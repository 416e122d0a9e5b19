import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { conflict, notFound } from "@/lib/server/errors";
import { parseStringList } from "@/lib/server/questions/question-view";
import { createNewCard, snapshotCard } from "@/lib/srs/card";
import { dayKeyOf } from "@/lib/srs/learner-day";
import { applyRating } from "@/lib/srs/next-states";
import { RATINGS, type RatingName } from "@/lib/srs/types";
import { EMPTY_COUNTERS, type CardBeforeSnapshot } from "./card-counters";
import { CARD_SCHEDULING_SELECT, cardSchedulingFromRaw, toSrsCard, type CardSchedulingRow, type RawCardScheduling } from "./card-row";
import { gradeAnswer } from "./grade-answer";
import { isWriteRace } from "./is-write-race";
import { loadNextCard } from "./load-next-card";
import { newRowId, runReviewWrites } from "./review-writes";
import { toSavedReviewView } from "./review-view";
import { studyCardId } from "./study-card-id";
import type { ReviewResponse, SavedReviewView } from "./study-types";
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
 * Records one answer: reads (question + visibility, card), schedules with FSRS, then writes
 * everything in ONE batched transaction (no interactive round trips, which would hold
 * SQLite's write lock across awaits):
 *   ReviewLog insert (unique idempotencyKey, unique cardId+cardVersion),
 *   Card create (first answer) or update guarded by `version = expected` (P2025 when stale),
 *   LearnerDayStat / QuestionStat / WrongAnswerStat upserts.
 * Any lost race rolls the whole batch back; then a stored log with the same key means "replay"
 * (200, same review body, nothing counted twice) and anything else is a stale tab (409).
 *
 * Counters (meaning relied on by dashboards):
 *   Card.attempts +1; correctCount +1 if correct; againCount +1 if rating = Again; totalMs += durationMs;
 *   firstCorrect set on the learner's first attempt only.
 *   LearnerDayStat(day of the review in the learner's zone): reviews +1, againCount +1 if Again,
 *   newCount +1 if the card was New, totalMs += durationMs.
 *   QuestionStat: attempts +1, againCount +1 if Again; firstAttempts +1 and firstCorrect +1 (if correct)
 *   on the learner's first attempt. WrongAnswerStat: +1 for a wrong typed/cloze/choice answer.
 */
export async function saveReview(viewer: Viewer, input: SaveReviewInput, options: { includeNext?: boolean } = {}): Promise<ReviewResponse> {
  const includeNext = options.includeNext ?? true;
  const now = new Date();
  const { question, row } = (await loadQuickly(viewer, input.questionId)) ?? (await loadWithFullRule(viewer, input.questionId));
  const version = row?.version ?? 0;
  const expected = input.expectedVersion === "current" ? version : input.expectedVersion;
  if (expected !== version) return replayOrConflict(viewer, input, question.deckId, includeNext);

  const rating = RATINGS[input.rating - 1] as RatingName;
  const cardId = row?.id ?? studyCardId(viewer.id, question.id);
  const before = row ? toSrsCard(row) : createNewCard(now);
  const reviewAt = before.lastReview && before.lastReview > now ? before.lastReview : now;
  const settings = { desiredRetention: viewer.desiredRetention, maximumInterval: viewer.maximumInterval };
  const { card: after, log } = applyRating({ card: before, cardId, now: reviewAt, settings }, rating);

  const answer = input.answer?.trim() ? input.answer.trim() : null;
  const correct = gradeAnswer({ ...question, acceptedAnswers: parseStringList(question.acceptedAnswers) }, answer, input.rating);
  const counters = row
    ? { attempts: row.attempts, correctCount: row.correctCount, againCount: row.againCount, firstCorrect: row.firstCorrect, totalMs: row.totalMs }
    : EMPTY_COUNTERS;
  const isFirstAttempt = counters.attempts === 0;
  const durationMs = Math.max(0, Math.round(input.durationMs));
  const dayKey = dayKeyOf(reviewAt, viewer.timeZone, viewer.dayStartHour);
  const cardBefore: CardBeforeSnapshot = { ...snapshotCard(before), counters };
  const wrongKey = wrongAnswerKey(question.kind, answer, correct);


  const logId = newRowId();
  try {
    await runReviewWrites({
      logId,
      idempotencyKey: input.idempotencyKey,
      userId: viewer.id,
      questionId: question.id,
      deckId: question.deckId,
      cardId,
      type: input.type ?? "review",
      rating: input.rating,
      before,
      after,
      elapsedDays: log.elapsedDays,
      lastElapsedDays: log.lastElapsedDays,
      cardBefore: JSON.stringify(cardBefore),
      version,
      cardExists: row !== null,
      answer: answer?.slice(0, 500) ?? null,
      correct,
      isFirstAttempt,
      durationMs,
      reviewedAt: reviewAt,
      dayKey,
      wrongKey,
    });
  } catch (error) {
    if (isWriteRace(error)) return replayOrConflict(viewer, input, question.deckId, includeNext);
    throw error;
  }
  const saved = { id: logId, questionId: question.id, rating: input.rating, correct, state: after.state, due: after.due, reviewedAt: reviewAt, cardVersion: version };
  const review = toSavedReviewView(saved);
  return { review, next: includeNext ? await loadNextCard(viewer, question.deckId, { now, lastShownQuestionId: question.id }) : emptyNext() };
}

type CardRow = CardSchedulingRow & { id: string; version: number; attempts: number; correctCount: number; againCount: number; firstCorrect: boolean | null; totalMs: number };
type Loaded = { question: { id: string; deckId: string; kind: string; answer: string; acceptedAnswers: string }; row: CardRow | null };

/**
 * Hot path: question, deck visibility (public or own deck — the cheap branches of visibleDeckWhere)
 * and the learner's card in ONE portable SQL query. Null when the deck is not visible that way.
 */
async function loadQuickly(viewer: Viewer, questionId: string): Promise<Loaded | null> {
  const rows = await db.$queryRaw<Array<Loaded["question"] & Partial<Record<keyof CardRow, unknown>> & { cardId: string | null }>>`
    SELECT q."id", q."deckId", q."kind", q."answer", q."acceptedAnswers",
      c."id" AS "cardId", c."due", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays", c."learningSteps", c."reps", c."lapses",
      c."state", c."lastReview", c."version", c."attempts", c."correctCount", c."againCount", c."firstCorrect", c."totalMs"
    FROM "Question" q
    JOIN "Deck" d ON d."id" = q."deckId"
    LEFT JOIN "Card" c ON c."questionId" = q."id" AND c."userId" = ${viewer.id}
    WHERE q."id" = ${questionId} AND q."status" = 'approved' AND q."deletedAt" IS NULL AND d."deletedAt" IS NULL
      AND ((d."status" = 'published' AND d."visibility" = 'public') OR d."ownerId" = ${viewer.id})`;
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

/** Every other visible deck (class assignments): the full rule from deck-access. */
async function loadWithFullRule(viewer: Viewer, questionId: string): Promise<Loaded> {
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

async function replayOrConflict(viewer: Viewer, input: SaveReviewInput, deckId: string, includeNext: boolean): Promise<ReviewResponse> {
  const stored = await db.reviewLog.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: LOG_VIEW_SELECT });
  if (!stored) throw conflict(STALE_CARD_MESSAGE);
  if (stored.userId !== viewer.id || stored.questionId !== input.questionId) {
    throw conflict("This answer key was already used for a different answer. Please reload.");
  }
  const review: SavedReviewView = toSavedReviewView(stored);
  return { review, next: includeNext ? await loadNextCard(viewer, deckId, { lastShownQuestionId: input.questionId }) : emptyNext() };
}

function emptyNext(): ReviewResponse["next"] {
  return { card: null, upcoming: [], counts: { new: 0, learning: 0, review: 0 }, nextDue: null };
}
