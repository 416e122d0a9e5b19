import { createEmptyCard, Rating, State, type Card as FsrsCard, type Grade, type ReviewLog } from "ts-fsrs";
import { CardState, type Card, type RatingName, type ReviewLogFields } from "./types";

/** A never-reviewed card, due immediately. */
export function createNewCard(now: Date): Card {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(card: Card): FsrsCard {
  const out: FsrsCard = {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as State,
  };
  // ts-fsrs treats a present-but-undefined last_review the same as absent.
  if (card.lastReview) out.last_review = new Date(card.lastReview.getTime());
  return out;
}

export function fromFsrsCard(card: FsrsCard): Card {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: toCardState(card.state),
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : null,
  };
}

export function toCardState(state: number): CardState {
  switch (state) {
    case CardState.New:
    case CardState.Learning:
    case CardState.Review:
    case CardState.Relearning:
      return state;
    default:
      throw new RangeError(`Unknown card state ${state}`);
  }
}

const RATING_TO_GRADE: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export function toGrade(rating: RatingName): Grade {
  return RATING_TO_GRADE[rating];
}

export function fromGrade(grade: Rating): RatingName {
  switch (grade) {
    case Rating.Again:
      return "again";
    case Rating.Hard:
      return "hard";
    case Rating.Good:
      return "good";
    case Rating.Easy:
      return "easy";
    default:
      throw new RangeError(`Rating ${grade} has no button`);
  }
}

/** ts-fsrs log → ours; `before` is the card as it was before the review. */
export function fromFsrsLog(log: ReviewLog, before: Card): ReviewLogFields {
  return {
    rating: fromGrade(log.rating),
    state: toCardState(log.state),
    due: new Date(log.due.getTime()),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: new Date(log.review.getTime()),
    previousDue: new Date(before.due.getTime()),
    previousLastReview: before.lastReview ? new Date(before.lastReview.getTime()) : null,
  };
}

export function toFsrsLog(log: ReviewLogFields): ReviewLog {
  return {
    rating: toGrade(log.rating),
    state: log.state as number as State,
    due: new Date(log.due.getTime()),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: log.lastElapsedDays,
    scheduled_days: log.scheduledDays,
    learning_steps: log.learningSteps,
    review: new Date(log.review.getTime()),
  };
}

/** JSON-safe form of a Card (dates as epoch ms; doubles round-trip exactly through JSON). */
export type CardSnapshot = Omit<Card, "due" | "lastReview"> & { due: number; lastReview: number | null };

export function snapshotCard(card: Card): CardSnapshot {
  return { ...card, due: card.due.getTime(), lastReview: card.lastReview ? card.lastReview.getTime() : null };
}

export function restoreCard(snapshot: CardSnapshot): Card {
  return {
    ...snapshot,
    state: toCardState(snapshot.state),
    due: new Date(snapshot.due),
    lastReview: snapshot.lastReview === null ? null : new Date(snapshot.lastReview),
  };
}
