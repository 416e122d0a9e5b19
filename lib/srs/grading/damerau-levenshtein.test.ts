import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { damerauLevenshtein } from "./damerau-levenshtein";

describe("damerauLevenshtein", () => {
  it.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "", 3],
    ["vietnam", "veitnam", 1], // adjacent transposition
    ["kitten", "sitting", 3],
    ["ca", "abc", 3], // OSA, not unrestricted Damerau (which gives 2)
    ["pyongyang", "pyongyagn", 1],
  ])("%s ↔ %s = %d", (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
  });

  it("is symmetric, zero only on equal strings, and the limit only caps the result", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const d = damerauLevenshtein(a, b);
        expect(damerauLevenshtein(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(damerauLevenshtein(a, b, limit)).toBe(d <= limit ? d : limit + 1);
      }),
    );
  });
});
