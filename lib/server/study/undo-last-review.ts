import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { conflict, notFound } from "@/lib/server/errors";
import { restoreCard, snapshotCard } from "@/lib/srs/card";
import { dayKeyOf } from "@/lib/srs/learner-day";
import { parseCardBefore, type CardBeforeSnapshot } from "./card-counters";
import { CARD_SCHEDULING_SELECT, toSrsCard } from "./card-row";
import { isWriteRace } from "./is-write-race";
import { leechUndoFields } from "./leech-undo-fields";
import { loadNextCard, STUDY_LOOKAHEAD } from "./load-next-card";
import { reviewLedgerWrites } from "./review-ledger";
import type { NextCardPayload } from "./study-types";
import { wrongAnswerKey } from "./wrong-answer-key";

export type UndoResult = { undoneLogId: string; questionId: string; version: number; next: NextCardPayload };

const UNDONE_MESSAGE = "Only your latest answer can be undone, and only once.";

/**
 * Undoes the viewer's latest not-yet-undone review (it must be `logId`). The card gets back
 * exactly the FSRS state and counters stored in the log's cardBefore snapshot, its version
 * moves on (so other tabs see a change), and an append-only "undo" log row (rating 0,
 * undoesLogId unique ⇒ a log is undone at most once) is written. The statistics take back exactly what
 * the review added: the same ledger as the save, applied with direction −1 (review-ledger.ts). The card's
 * own counters come back with its snapshot (equal to the ledger's −1, as nothing else touched the card).
 */
export async function undoLastReview(viewer: Viewer, logId: string): Promise<UndoResult> {
  const log = await db.reviewLog.findFirst({
    where: { id: logId, userId: viewer.id, type: { in: ["review", "quiz"] } },
    select: {
      id: true,
      cardId: true,
      questionId: true,
      deckId: true,
      rating: true,
      correct: true,
      answer: true,
      durationMs: true,
      stateBefore: true,
      cardBefore: true,
      cardVersion: true,
      dayKey: true,
      question: { select: { kind: true } },
    },
  });
  if (!log) throw notFound("Review");
  const undoKey = `undo:${log.id}`;
  // A stored undo of this log means "replay" (same answer as the first). Checked again before any refusal:
  // a concurrent undo may commit between this check and the ones below (PostgreSQL runs them in parallel).
  const replayed = async (): Promise<UndoResult | null> => {
    const stored = await db.reviewLog.findUnique({ where: { idempotencyKey: undoKey }, select: { cardVersion: true } });
    return stored && { undoneLogId: log.id, questionId: log.questionId, version: stored.cardVersion + 1, next: await loadNextCard(viewer, log.deckId, { preferQuestionId: log.questionId, lookahead: STUDY_LOOKAHEAD }) };
  };
  const refuseUnlessReplayed = async (): Promise<UndoResult> => {
    const again = await replayed();
    if (again) return again;
    throw conflict(UNDONE_MESSAGE);
  };
  const replay = await replayed();
  if (replay) return replay;

  // The latest review not already undone must be this one.
  const recent = await db.reviewLog.findMany({
    where: { userId: viewer.id },
    orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }],
    take: 50,
    select: { id: true, type: true, undoesLogId: true },
  });
  const undone = new Set(recent.flatMap((r) => (r.undoesLogId ? [r.undoesLogId] : [])));
  const latest = recent.find((r) => r.type !== "undo" && !undone.has(r.id));
  if (latest?.id !== log.id) return refuseUnlessReplayed();

  const card = await db.card.findUnique({
    where: { id: log.cardId },
    select: { ...CARD_SCHEDULING_SELECT, attempts: true, correctCount: true, againCount: true, firstCorrect: true, totalMs: true },
  });
  const snapshot = parseCardBefore(log.cardBefore);
  if (!card || !snapshot || !(await onlyUndoneSince(log.cardId, log.cardVersion, card.version))) return refuseUnlessReplayed();

  const restored = restoreCard(snapshot);
  const now = new Date();
  const current: CardBeforeSnapshot = {
    ...snapshotCard(toSrsCard(card)),
    counters: { attempts: card.attempts, correctCount: card.correctCount, againCount: card.againCount, firstCorrect: card.firstCorrect, totalMs: card.totalMs },
  };
  const effect = {
    userId: viewer.id,
    questionId: log.questionId,
    dayKey: log.dayKey,
    rating: log.rating,
    correct: log.correct === true,
    cardWasNew: log.stateBefore === 0,
    isFirstAttempt: snapshot.counters.attempts === 0,
    durationMs: log.durationMs,
    wrongKey: wrongAnswerKey(log.question.kind, log.answer, log.correct),
  };
  const restoredFields = {
    due: restored.due,
    stability: restored.stability,
    difficulty: restored.difficulty,
    elapsedDays: restored.elapsedDays,
    scheduledDays: restored.scheduledDays,
    learningSteps: restored.learningSteps,
    reps: restored.reps,
    lapses: restored.lapses,
    state: restored.state,
    lastReview: restored.lastReview,
  };

  try {
    await db.$transaction([
      db.reviewLog.create({
        data: {
          idempotencyKey: undoKey,
          userId: viewer.id,
          questionId: log.questionId,
          cardId: log.cardId,
          deckId: log.deckId,
          type: "undo",
          undoesLogId: log.id,
          rating: 0,
          stateBefore: card.state,
          // The card as restored (what this entry scheduled), like a review row records the card after it.
          state: restored.state,
          due: restored.due,
          stability: restored.stability,
          difficulty: restored.difficulty,
          elapsedDays: restored.elapsedDays,
          lastElapsedDays: 0,
          scheduledDays: restored.scheduledDays,
          learningSteps: restored.learningSteps,
          cardBefore: JSON.stringify(current),
          cardVersion: card.version,
          reviewedAt: now,
          dayKey: dayKeyOf(now, viewer.timeZone, viewer.dayStartHour),
        },
        select: { id: true },
      }),
      db.card.update({
        where: { id: card.id, version: card.version },
        data: { ...restoredFields, ...snapshot.counters, ...leechUndoFields(snapshot), version: card.version + 1 },
        select: { id: true },
      }),
      ...reviewLedgerWrites(effect, -1).map((statement) => db.$executeRaw(statement)),
    ]);
  } catch (error) {
    if (isWriteRace(error)) return refuseUnlessReplayed();
    throw error;
  }
  return { undoneLogId: log.id, questionId: log.questionId, version: card.version + 1, next: await loadNextCard(viewer, log.deckId, { now, preferQuestionId: log.questionId, lookahead: STUDY_LOOKAHEAD }) };
}

/**
 * The card is still as this log left it when nothing but undone reviews (and their undo rows)
 * came after it: then undo steps back one answer at a time, even through the same card twice.
 * Any other later change (another tab's answer) refuses.
 */
async function onlyUndoneSince(cardId: string, logVersion: number, cardVersion: number): Promise<boolean> {
  if (cardVersion === logVersion + 1) return true;
  const later = await db.reviewLog.findMany({
    where: { cardId, cardVersion: { gt: logVersion } },
    select: { id: true, type: true, undoesLogId: true },
  });
  const undone = new Set(later.flatMap((r) => (r.undoesLogId ? [r.undoesLogId] : [])));
  // Each later version step is one log row: a review that was undone, or an undo.
  return later.length === cardVersion - logVersion - 1 && later.every((r) => r.type === "undo" || undone.has(r.id));
}
