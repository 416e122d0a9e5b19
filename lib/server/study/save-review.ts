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
import { CARD_SCHEDULING_SELECT, toSrsCard } from "./card-row";
import { gradeAnswer } from "./grade-answer";
import { isWriteRace } from "./is-write-race";
import { loadNextCard } from "./load-next-card";
import { quickVisibleDeckWhere } from "./quick-visible-deck-where";
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
  const questionSelect = { id: true, deckId: true, kind: true, answer: true, acceptedAnswers: true } as const;
  const live = { id: input.questionId, deletedAt: null, status: "approved" } as const;
  const question =
    (await db.question.findFirst({ where: { ...live, deck: quickVisibleDeckWhere(viewer) }, select: questionSelect })) ??
    (await db.question.findFirst({ where: { ...live, deck: visibleDeckWhere(viewer) }, select: questionSelect }));
  if (!question) throw notFound("Question");
  const row = await db.card.findUnique({
    where: { userId_questionId: { userId: viewer.id, questionId: question.id } },
    select: { ...CARD_SCHEDULING_SELECT, attempts: true, correctCount: true, againCount: true, firstCorrect: true, totalMs: true },
  });
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
  const isAgain = input.rating === 1 ? 1 : 0;
  const durationMs = Math.max(0, Math.round(input.durationMs));
  const dayKey = dayKeyOf(reviewAt, viewer.timeZone, viewer.dayStartHour);
  const cardBefore: CardBeforeSnapshot = { ...snapshotCard(before), counters };
  const wrongKey = wrongAnswerKey(question.kind, answer, correct);
  const schedule = {
    due: after.due,
    stability: after.stability,
    difficulty: after.difficulty,
    elapsedDays: after.elapsedDays,
    scheduledDays: after.scheduledDays,
    learningSteps: after.learningSteps,
    reps: after.reps,
    lapses: after.lapses,
    state: after.state,
    lastReview: after.lastReview,
  };

  const writes = [
    db.reviewLog.create({
      data: {
        idempotencyKey: input.idempotencyKey,
        userId: viewer.id,
        questionId: question.id,
        cardId,
        deckId: question.deckId,
        type: input.type ?? "review",
        rating: input.rating,
        stateBefore: before.state,
        // The card *after* the review (what was scheduled), plus ts-fsrs' elapsed-day figures.
        state: after.state,
        due: after.due,
        stability: after.stability,
        difficulty: after.difficulty,
        elapsedDays: log.elapsedDays,
        lastElapsedDays: log.lastElapsedDays,
        scheduledDays: after.scheduledDays,
        learningSteps: after.learningSteps,
        cardBefore: JSON.stringify(cardBefore),
        cardVersion: version,
        answer: answer?.slice(0, 500) ?? null,
        correct,
        durationMs,
        reviewedAt: reviewAt,
        dayKey,
      },
      select: LOG_VIEW_SELECT,
    }),
    row
      ? db.card.update({
          // Not updateMany: update throws P2025 on a version mismatch, which rolls back the whole batch.
          where: { id: row.id, version },
          data: {
            ...schedule,
            version: version + 1,
            attempts: { increment: 1 },
            correctCount: { increment: correct ? 1 : 0 },
            againCount: { increment: isAgain },
            totalMs: { increment: durationMs },
            ...(isFirstAttempt ? { firstCorrect: correct } : {}),
          },
          select: { id: true },
        })
      : db.card.create({
          data: {
            id: cardId,
            userId: viewer.id,
            questionId: question.id,
            deckId: question.deckId,
            ...schedule,
            version: 1,
            attempts: 1,
            correctCount: correct ? 1 : 0,
            againCount: isAgain,
            firstCorrect: correct,
            totalMs: durationMs,
          },
          select: { id: true },
        }),
    db.learnerDayStat.upsert({
      where: { userId_dayKey: { userId: viewer.id, dayKey } },
      create: { userId: viewer.id, dayKey, reviews: 1, againCount: isAgain, newCount: before.state === 0 ? 1 : 0, totalMs: durationMs },
      update: {
        reviews: { increment: 1 },
        againCount: { increment: isAgain },
        newCount: { increment: before.state === 0 ? 1 : 0 },
        totalMs: { increment: durationMs },
      },
      select: { dayKey: true },
    }),
    db.questionStat.upsert({
      where: { questionId: question.id },
      create: {
        questionId: question.id,
        attempts: 1,
        firstAttempts: isFirstAttempt ? 1 : 0,
        firstCorrect: isFirstAttempt && correct ? 1 : 0,
        againCount: isAgain,
      },
      update: {
        attempts: { increment: 1 },
        firstAttempts: { increment: isFirstAttempt ? 1 : 0 },
        firstCorrect: { increment: isFirstAttempt && correct ? 1 : 0 },
        againCount: { increment: isAgain },
      },
      select: { questionId: true },
    }),
    ...(wrongKey
      ? [
          db.wrongAnswerStat.upsert({
            where: { questionId_answer: { questionId: question.id, answer: wrongKey } },
            create: { questionId: question.id, answer: wrongKey, count: 1 },
            update: { count: { increment: 1 } },
            select: { count: true },
          }),
        ]
      : []),
  ] as const;

  let saved;
  try {
    [saved] = await db.$transaction([...writes]);
  } catch (error) {
    if (isWriteRace(error)) return replayOrConflict(viewer, input, question.deckId, includeNext);
    throw error;
  }
  const review = toSavedReviewView(saved as Parameters<typeof toSavedReviewView>[0]);
  return { review, next: includeNext ? await loadNextCard(viewer, question.deckId, { now, lastShownQuestionId: question.id }) : emptyNext() };
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
  return { card: null, counts: { new: 0, learning: 0, review: 0 }, nextDue: null };
}
