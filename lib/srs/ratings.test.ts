import { describe, expect, it } from "vitest";
import { RATING_LABEL, RATING_VALUE, ratingLabel, ratingName } from "./ratings";
import { RATINGS } from "./types";

describe("rating table", () => {
  it("numbers, names and labels round-trip for 1–4", () => {
    for (const name of RATINGS) {
      expect(ratingName(RATING_VALUE[name])).toBe(name);
      expect(ratingLabel(RATING_VALUE[name])).toBe(RATING_LABEL[name]);
    }
    expect(RATINGS.map((n) => RATING_VALUE[n])).toEqual([1, 2, 3, 4]);
  });

  it("anything else is no rating", () => {
    for (const v of [0, 5, -1, 1.5, Number.NaN]) {
      expect(ratingName(v)).toBeNull();
      expect(ratingLabel(v)).toBeNull();
    }
  });
});
