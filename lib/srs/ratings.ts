import { RATINGS, type RatingName } from "./types";

/** What the API, ReviewLog.rating and the number keys use for a rating (ts-fsrs' Rating). */
export type RatingValue = 1 | 2 | 3 | 4;

/** The one name ↔ number ↔ label table; everything else derives from it. */
export const RATING_VALUE: Readonly<Record<RatingName, RatingValue>> = { again: 1, hard: 2, good: 3, easy: 4 };
export const RATING_LABEL: Readonly<Record<RatingName, string>> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };

/** The rating a stored or typed number stands for; null for anything that is not 1–4. */
export function ratingName(value: number): RatingName | null {
  return Number.isInteger(value) ? (RATINGS[value - 1] ?? null) : null;
}

/** "Again" … "Easy" for 1–4; null for anything else (callers choose their own placeholder). */
export function ratingLabel(value: number): string | null {
  const name = ratingName(value);
  return name ? RATING_LABEL[name] : null;
}
