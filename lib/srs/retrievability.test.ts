import { default_w, forgetting_curve } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { FORGETTING_DECAY, FORGETTING_FACTOR, forgettingCurve, retrievability } from "./retrievability";

const DAY = 86_400_000;

describe("forgetting curve", () => {
  it("agrees with ts-fsrs (which rounds to 8 decimals), default and custom decay", () => {
    const custom = [...default_w];
    custom[20] = 0.3;
    for (const w of [default_w, custom]) {
      for (const [t, s] of [[0, 1], [1, 1], [5, 10], [30, 2], [400, 3.5], [0.01, 0.2]] as const) {
        expect(Math.abs(forgettingCurve(t, s, w) - forgetting_curve(w, t, s))).toBeLessThan(1e-8);
      }
    }
  });

  it("is 0.9 at t = S, and the SQL constants give the same curve", () => {
    expect(forgettingCurve(10, 10)).toBeCloseTo(0.9, 12);
    expect(Math.pow(1 + (FORGETTING_FACTOR * 6) / 4, -FORGETTING_DECAY)).toBe(forgettingCurve(6, 4));
  });

  it("a card never reviewed, or without stability, is not known", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(retrievability({ state: 0, stability: 3, lastReview: now }, now)).toBe(0);
    expect(retrievability({ state: 2, stability: 0, lastReview: now }, now)).toBe(0);
    expect(retrievability({ state: 2, stability: 3, lastReview: null }, now)).toBe(0);
    expect(retrievability({ state: 2, stability: 3, lastReview: new Date(now.getTime() - 3 * DAY) }, now.getTime())).toBeCloseTo(0.9, 12);
  });
});
