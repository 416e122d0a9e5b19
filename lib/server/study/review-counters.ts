import "server-only";

/** What one review did, as much as the counters need to know (an undo passes the same facts back). */
export type ReviewEffect = {
  userId: string;
  questionId: string;
  /** The review's day in the learner's zone (an undo uses the reviewed day, not today). */
  dayKey: string;
  rating: number;
  correct: boolean;
  /** The card was New before this review. */
  cardWasNew: boolean;
  /** The learner's first attempt at this question. */
  isFirstAttempt: boolean;
  durationMs: number;
  /** Normalized wrong answer to count, or null. */
  wrongKey: string | null;
};

export type CardCounterDeltas = { attempts: number; correctCount: number; againCount: number; totalMs: number };

export type TableCounters = { table: string; keys: Record<string, string>; add: Record<string, number> };

/**
 * THE counter contract, the one place a counter is defined (dashboards rely on these meanings):
 *   Card: attempts +1, correctCount +1 if correct, againCount +1 if Again, totalMs += durationMs
 *     (and firstCorrect, set on the first attempt: see review-writes.ts; undo restores the card's snapshot).
 *   LearnerDayStat (the review's day): reviews +1, againCount +1 if Again, newCount +1 if the card was New, totalMs.
 *   QuestionStat: attempts +1, againCount +1 if Again; firstAttempts +1 and firstCorrect +1 (if correct) on a first attempt.
 *   WrongAnswerStat: count +1 for the wrong typed/cloze/choice answer.
 */
export function reviewCounters(e: ReviewEffect): { card: CardCounterDeltas; tables: TableCounters[] } {
  const again = e.rating === 1 ? 1 : 0;
  const first = e.isFirstAttempt ? 1 : 0;
  return {
    card: { attempts: 1, correctCount: e.correct ? 1 : 0, againCount: again, totalMs: e.durationMs },
    tables: [
      { table: "LearnerDayStat", keys: { userId: e.userId, dayKey: e.dayKey }, add: { reviews: 1, againCount: again, newCount: e.cardWasNew ? 1 : 0, totalMs: e.durationMs } },
      { table: "QuestionStat", keys: { questionId: e.questionId }, add: { attempts: 1, firstAttempts: first, firstCorrect: first && e.correct ? 1 : 0, againCount: again } },
      ...(e.wrongKey ? [{ table: "WrongAnswerStat", keys: { questionId: e.questionId, userId: e.userId, answer: e.wrongKey }, add: { count: 1 } }] : []),
    ],
  };
}
