import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snapshotCard } from "@/lib/srs/card";
import { applyRating, nextStates } from "@/lib/srs/next-states";
import { replayLog } from "@/lib/srs/replay";
import { stateDefinition } from "@/lib/srs/states";
import { cardIdArb, DAY, simulate, startArb, stepsArb } from "./simulate-reviews";
import { CardState, RATINGS, type ReviewLogFields } from "@/lib/srs/types";
import { undoReview } from "@/lib/srs/undo";

const settingsArb = fc.record({
  desiredRetention: fc.constantFrom(0.8, 0.9, 0.95),
  learningSteps: fc.constantFrom([] as const, ["1m", "10m"] as const, ["5m"] as const, ["1m", "10m", "1d"] as const),
  relearningSteps: fc.constantFrom([] as const, ["10m"] as const, ["10m", "1h"] as const),
  enableFuzz: fc.boolean(),
});

describe("scheduling properties", () => {
  it("every answer keeps due ≥ review time, stability > 0, difficulty in [1, 10], reps +1 and an allowed transition", () => {
    fc.assert(
      fc.property(cardIdArb, startArb, stepsArb, settingsArb, (cardId, start, steps, settings) => {
        for (const v of simulate(cardId, start, steps, settings).visits) {
          expect(v.after.due.getTime()).toBeGreaterThanOrEqual(v.now.getTime());
          expect(v.after.stability).toBeGreaterThan(0);
          expect(v.after.difficulty).toBeGreaterThanOrEqual(1);
          expect(v.after.difficulty).toBeLessThanOrEqual(10);
          expect(v.after.reps).toBe(v.before.reps + 1);
          expect(v.after.lastReview).toEqual(v.now);
          expect(stateDefinition(v.before.state).transitions[v.rating]).toContain(v.after.state);
          expect(v.log.state).toBe(v.before.state);
        }
      }),
    );
  });

  it("nextStates shows exactly what applyRating applies", () => {
    fc.assert(
      fc.property(cardIdArb, startArb, stepsArb, (cardId, start, steps) => {
        for (const v of simulate(cardId, start, steps).visits) {
          const shown = nextStates({ card: v.before, cardId, now: v.now });
          expect(shown[v.rating].card).toEqual(v.after);
          expect(shown[v.rating].log).toEqual(v.log);
        }
      }),
    );
  });

  it("undo(next(card)) restores the card exactly, from the log alone and from a JSON snapshot", () => {
    fc.assert(
      fc.property(cardIdArb, startArb, stepsArb, settingsArb, (cardId, start, steps, settings) => {
        for (const v of simulate(cardId, start, steps, settings).visits) {
          expect(undoReview(v.after, v.log)).toEqual(v.before);
          // What a database round trip does to the log: dates to strings and back.
          const stored = JSON.parse(JSON.stringify(v.log)) as Record<string, unknown>;
          const revived = Object.fromEntries(
            Object.entries(stored).map(([k, val]) => [k, typeof val === "string" && /^\d{4}-/.test(val) ? new Date(val) : val]),
          ) as unknown as ReviewLogFields;
          expect(undoReview(v.after, revived)).toEqual(v.before);
          const snapshot = JSON.parse(JSON.stringify(snapshotCard(v.before)));
          expect(undoReview(v.after, v.log, { snapshot })).toEqual(v.before);
        }
      }),
    );
  });

  it("replaying the review log from an empty card reproduces the stored card", () => {
    fc.assert(
      fc.property(cardIdArb, startArb, stepsArb, settingsArb, (cardId, start, steps, settings) => {
        const { card, visits } = simulate(cardId, start, steps, settings);
        const replayed = replayLog(cardId, visits.map((v) => ({ rating: v.rating, reviewedAt: v.now })), settings);
        expect(replayed).toEqual(card);
      }),
    );
  });

  it("review-card intervals are monotone: again ≤ hard ≤ good ≤ easy (strict from hard on)", () => {
    let reviewCardsSeen = 0;
    fc.assert(
      fc.property(cardIdArb, startArb, stepsArb, fc.integer({ min: 0, max: 200 * DAY }), (cardId, start, steps, extra) => {
        const { card } = simulate(cardId, start, steps);
        if (card.state !== CardState.Review) return;
        reviewCardsSeen += 1;
        const now = new Date(Math.max(card.due.getTime(), card.lastReview?.getTime() ?? 0) + extra);
        const ns = nextStates({ card, cardId, now });
        expect(ns.again.interval.ms).toBeLessThanOrEqual(ns.hard.interval.ms);
        expect(ns.hard.interval.ms).toBeLessThan(ns.good.interval.ms);
        expect(ns.good.interval.ms).toBeLessThan(ns.easy.interval.ms);
      }),
      { numRuns: 300 },
    );
    expect(reviewCardsSeen).toBeGreaterThan(30);
  });

  it("intervals are non-decreasing by button in every state", () => {
    fc.assert(
      fc.property(cardIdArb, startArb, stepsArb, (cardId, start, steps) => {
        for (const v of simulate(cardId, start, steps).visits) {
          const ms = RATINGS.map((r) => nextStates({ card: v.before, cardId, now: v.now })[r].interval.ms);
          expect([...ms].sort((a, b) => a - b)).toEqual(ms);
        }
      }),
    );
  });

  it("same card id, state and review time ⇒ same outcome (fuzz is deterministic)", () => {
    fc.assert(
      fc.property(cardIdArb, startArb, stepsArb, fc.integer({ min: 0, max: 60 * DAY }), (cardId, start, steps, wait) => {
        const { card } = simulate(cardId, start, steps);
        const now = new Date(card.due.getTime() + wait);
        const a = nextStates({ card, cardId, now });
        const b = nextStates({ card: structuredClone(card), cardId: `${cardId}`, now: new Date(now.getTime()) });
        expect(b).toEqual(a);
      }),
    );
  });
});

describe("fuzz seeding", () => {
  // A mature review card: a 2-month interval has a fuzz range of several days.
  const start = new Date("2024-01-01T12:00:00Z");
  const matureSteps = [
    { rating: "good", gapMs: 0 },
    { rating: "good", gapMs: 10 * 60_000 },
    { rating: "good", gapMs: 3 * DAY },
    { rating: "good", gapMs: 12 * DAY },
    { rating: "good", gapMs: 40 * DAY },
  ] as const;

  function goodIntervalFor(cardId: string, enableFuzz: boolean): number {
    const settings = { enableFuzz };
    const { card } = simulate("same-history", start, matureSteps, settings);
    return nextStates({ card, cardId, now: card.due, settings }).good.card.scheduledDays;
  }

  it("different card ids get different intervals for the same history", () => {
    const ids = Array.from({ length: 40 }, (_, i) => `card-${i}`);
    const fuzzed = new Set(ids.map((id) => goodIntervalFor(id, true)));
    expect(fuzzed.size).toBeGreaterThan(3);
    const plain = new Set(ids.map((id) => goodIntervalFor(id, false)));
    expect(plain.size).toBe(1);
  });

  it("the fuzzed interval stays within ts-fsrs' fuzz range around the unfuzzed one", () => {
    const base = goodIntervalFor("x", false);
    for (let i = 0; i < 40; i++) {
      const d = goodIntervalFor(`card-${i}`, true);
      expect(Math.abs(d - base)).toBeLessThanOrEqual(Math.ceil(base * 0.06) + 2);
    }
  });

  it("the interval does not depend on when (within the day) the buttons are shown", () => {
    const { card } = simulate("c", start, matureSteps);
    const a = nextStates({ card, cardId: "c", now: new Date(card.due.getTime() + 1000) });
    const b = nextStates({ card, cardId: "c", now: new Date(card.due.getTime() + 2 * 3_600_000) });
    expect(b.good.card.scheduledDays).toBe(a.good.card.scheduledDays);
  });

  it("ids that ts-fsrs' own card-id seed would collide on (id + reps) stay distinct", () => {
    const collide = new Set(["1", "2", "3", "4", "5", "6", "7", "8"].map((id) => goodIntervalFor(id, true)));
    expect(collide.size).toBeGreaterThan(1);
  });
});

describe("applyRating guards", () => {
  it("rejects a review time before the last review", () => {
    const { card } = simulate("c", new Date("2024-01-01T00:00:00Z"), [{ rating: "good", gapMs: 0 }]);
    expect(() => applyRating({ card, cardId: "c", now: new Date("2023-12-31T00:00:00Z") }, "good")).toThrow(RangeError);
    expect(() => nextStates({ card, cardId: "c", now: new Date(Number.NaN) })).toThrow(RangeError);
  });
});
