import { describe, expect, it } from "vitest";
import { suggestRating } from "./auto-rating";

describe("suggestRating", () => {
  it.each([
    { correct: false, kind: "typed", responseMs: 3_000, rating: "again" },
    { correct: false, kind: "multipleChoice", responseMs: 60_000, rating: "again" },
    { correct: true, kind: "typed", responseMs: 19_999, rating: "good" },
    { correct: true, kind: "typed", responseMs: 20_000, rating: "good" },
    { correct: true, kind: "typed", responseMs: 20_001, rating: "hard" },
    { correct: true, kind: "multipleChoice", responseMs: 12_000, rating: "good" },
    { correct: true, kind: "multipleChoice", responseMs: 15_000, rating: "hard" },
    { correct: true, kind: "multipleChoice", responseMs: null, rating: "good" },
  ] as const)("$kind correct=$correct in $responseMs ms → $rating", ({ rating, ...input }) => {
    expect(suggestRating(input).rating).toBe(rating);
  });

  it("thresholds are configurable per answer kind and explained", () => {
    const s = suggestRating({ correct: true, kind: "typed", responseMs: 9_000, slowThresholdMs: { typed: 8_000 } });
    expect(s).toEqual({ rating: "hard", reason: "Correct, but took 9 s (over 8 s)" });
    expect(suggestRating({ correct: true, kind: "multipleChoice", responseMs: 9_000, slowThresholdMs: { typed: 8_000 } }).rating).toBe("good");
  });
});
