import type { RatingName } from "./types";

export type AnswerKind = "typed" | "multipleChoice";

/** Response time above which a correct answer counts as effortful (Hard). */
export const DEFAULT_SLOW_THRESHOLD_MS: Readonly<Record<AnswerKind, number>> = Object.freeze({
  typed: 20_000,
  multipleChoice: 12_000,
});

export interface AutoRatingInput {
  correct: boolean;
  kind: AnswerKind;
  /** Time from showing the question to submitting; null/undefined when unknown. */
  responseMs?: number | null;
  slowThresholdMs?: Partial<Record<AnswerKind, number>>;
}

export interface RatingSuggestion {
  rating: RatingName;
  reason: string;
}

/**
 * Suggested FSRS rating for an auto-graded answer. Only a suggestion: the
 * learner may override it (Easy is never suggested; only they know it was easy).
 */
export function suggestRating(input: AutoRatingInput): RatingSuggestion {
  if (!input.correct) return { rating: "again", reason: "Wrong answer" };
  const threshold = input.slowThresholdMs?.[input.kind] ?? DEFAULT_SLOW_THRESHOLD_MS[input.kind];
  const ms = input.responseMs;
  if (ms != null && Number.isFinite(ms) && ms > threshold) {
    return { rating: "hard", reason: `Correct, but took ${Math.round(ms / 1000)} s (over ${Math.round(threshold / 1000)} s)` };
  }
  return { rating: "good", reason: "Correct" };
}
