/**
 * Serializable scheduling types. Field names are camelCase mirrors of ts-fsrs'
 * `Card` / `ReviewLog` so they can be stored as-is (Prisma columns, JSON).
 */

export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardState = (typeof CardState)[keyof typeof CardState];

export const RATINGS = ["again", "hard", "good", "easy"] as const;
export type RatingName = (typeof RATINGS)[number];

export interface Card {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
}

/**
 * One review, as ts-fsrs logs it, plus the two fields ts-fsrs' `rollback`
 * cannot reconstruct (it guesses `due` = review time and drops `last_review`
 * for New cards) so that undo is exact.
 */
export interface ReviewLogFields {
  rating: RatingName;
  /** State of the card *before* this review. */
  state: CardState;
  /** ts-fsrs semantics: previous `lastReview ?? due`. */
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
  /** Exact `due` of the card before this review. */
  previousDue: Date;
  /** Exact `lastReview` of the card before this review. */
  previousLastReview: Date | null;
}

export interface IntervalInfo {
  /** Time from the review until the new due date. */
  ms: number;
  /** Anki-style short label: "1m", "10m", "1h", "3d", "2.1mo", "1.2y". */
  label: string;
}

export interface SchedulingOutcome {
  card: Card;
  log: ReviewLogFields;
  interval: IntervalInfo;
}

export type NextStates = Record<RatingName, SchedulingOutcome>;

/** `"1m"`, `"10m"`, `"1h"`, `"2d"` — same grammar as ts-fsrs steps. */
export type LearningStep = `${number}${"m" | "h" | "d"}`;

export interface SchedulerSettings {
  desiredRetention: number;
  maximumInterval: number;
  learningSteps: readonly LearningStep[];
  relearningSteps: readonly LearningStep[];
  enableFuzz: boolean;
  /** FSRS weights: the learner's own (fitted by the optimiser, applied on the account page); omitted ⇒ ts-fsrs defaults. */
  weights?: readonly number[];
}

export interface SchedulingContext {
  card: Card;
  /** Stable id of the card (seeds the fuzz). */
  cardId: string;
  /** Review time. Never read from the clock inside lib/srs. */
  now: Date;
  settings?: Partial<SchedulerSettings>;
}
