/** Plain inputs for the statistics functions (the server maps Prisma rows onto these). */

/** One learner-local day of counters (LearnerDayStat). */
export type DayStatInput = {
  dayKey: string;
  reviews: number;
  againCount: number;
};

/** The parts of a Card the statistics read. State: 0 new, 1 learning, 2 review, 3 relearning. */
export type CardStatInput = {
  questionId: string;
  deckId: string;
  state: number;
  due: Date;
  stability: number;
  lastReview: Date | null;
  lapses: number;
  againCount: number;
  attempts: number;
};
