import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildQueue, type QueueCardInput } from "./build-queue";
import { CardState, type Card } from "./types";

const NOW = new Date("2025-05-10T12:00:00Z");
const MIN = 60_000;
const DAY = 86_400_000;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

function card(state: Card["state"], due: Date, extra: Partial<Card> = {}): Card {
  return { due, stability: 5, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 3, lapses: 0, state, lastReview: at(-DAY), ...extra };
}
const learning = (id: string, dueIn: number, position = 0, sib?: string): QueueCardInput => ({
  questionId: id, position, siblingKey: sib ?? null, card: card(CardState.Learning, at(dueIn), { lastReview: at(-10 * MIN) }),
});
const relearning = (id: string, dueIn: number): QueueCardInput => ({
  questionId: id, position: 0, card: card(CardState.Relearning, at(dueIn), { lastReview: at(-10 * MIN) }),
});
/** A review card last seen `ago` ms before NOW with the given stability (days). */
const review = (id: string, ago: number, stability: number, dueIn = 0, sib?: string): QueueCardInput => ({
  questionId: id, position: 0, siblingKey: sib ?? null,
  card: card(CardState.Review, at(dueIn), { lastReview: at(-ago), stability, scheduledDays: Math.round(stability) }),
});
const fresh = (id: string, position: number, sib?: string): QueueCardInput => ({ questionId: id, position, siblingKey: sib ?? null, card: null });
const ids = (q: ReturnType<typeof buildQueue>) => q.entries.map((e) => e.questionId);
const base = { now: NOW, newCardsPerDay: 20, newStudiedToday: 0 };

describe("buildQueue ordering", () => {
  it("learning/relearning due now first (earliest due first), then due reviews, then new cards in deck order", () => {
    const q = buildQueue(
      [fresh("n2", 2), review("r1", 10 * DAY, 10), fresh("n1", 1), learning("l2", -1 * MIN), relearning("rl", -5 * MIN), learning("l1", -30 * MIN)],
      base,
    );
    expect(ids(q)).toEqual(["l1", "rl", "l2", "r1", "n1", "n2"]);
    expect(q.entries.map((e) => e.kind)).toEqual(["learning", "learning", "learning", "review", "new", "new"]);
    expect(q.counts).toEqual({ new: 2, learning: 3, review: 1 });
  });

  it("orders due reviews by lowest retrievability, not by due date", () => {
    // Same due date; "weak" has low stability, so after the same 10 days it is far more forgotten.
    const q = buildQueue([review("strong", 10 * DAY, 30, -DAY), review("weak", 10 * DAY, 2, 0), review("mid", 10 * DAY, 8, -2 * DAY)], base);
    expect(ids(q)).toEqual(["weak", "mid", "strong"]);
  });

  it("a long-overdue review beats a recently due one of equal stability", () => {
    const q = buildQueue([review("recent", 5 * DAY, 5, 0), review("overdue", 60 * DAY, 5, -55 * DAY)], base);
    expect(ids(q)).toEqual(["overdue", "recent"]);
  });

  it("respects the remaining daily new-card limit", () => {
    const cards = Array.from({ length: 10 }, (_, i) => fresh(`n${i}`, 10 - i));
    expect(ids(buildQueue(cards, { ...base, newCardsPerDay: 5, newStudiedToday: 3 }))).toEqual(["n9", "n8"]);
    expect(buildQueue(cards, { ...base, newCardsPerDay: 5, newStudiedToday: 7 }).counts.new).toBe(0);
    expect(buildQueue(cards, { ...base, newCardsPerDay: 0, newStudiedToday: 0 }).entries).toEqual([]);
    // A New-state card record counts as new too.
    const q = buildQueue([{ questionId: "x", position: 0, card: card(CardState.New, NOW, { lastReview: null, stability: 0 }) }], base);
    expect(q.entries).toEqual([{ questionId: "x", kind: "new", siblingKey: null }]);
  });

  it("leaves out learning cards not yet due; those due within the learn-ahead window go last", () => {
    const q = buildQueue([learning("soon", 5 * MIN), learning("later", 2 * 60 * MIN), fresh("n", 0)], base);
    expect(ids(q)).toEqual(["n", "soon"]);
    expect(q.counts).toEqual({ new: 1, learning: 1, review: 0 });
    expect(ids(buildQueue([learning("soon", 5 * MIN)], { ...base, learnAheadMs: 0 }))).toEqual([]);
  });

  it("reviews count as due until the end of the learner's day, not the exact due instant", () => {
    const cards = [review("tonight", 3 * DAY, 3, 6 * 60 * MIN), review("tomorrow", 3 * DAY, 3, 20 * 60 * MIN)];
    expect(ids(buildQueue(cards, base))).toEqual([]);
    expect(ids(buildQueue(cards, { ...base, dayEnd: at(8 * 60 * MIN) }))).toEqual(["tonight"]);
  });
});

describe("buildQueue spacing", () => {
  it("does not show the last question again first when anything else is available", () => {
    const cards = [learning("a", -10 * MIN), learning("b", -1 * MIN)];
    expect(ids(buildQueue(cards, { ...base, lastShownQuestionId: "a" }))).toEqual(["b", "a"]);
    expect(ids(buildQueue([learning("a", -10 * MIN)], { ...base, lastShownQuestionId: "a" }))).toEqual(["a"]);
  });

  it("keeps siblings (same source sentence) apart when avoidable", () => {
    const cards = [fresh("s1", 1, "sent-1"), fresh("s2", 2, "sent-1"), fresh("s3", 3, "sent-1"), fresh("o1", 4, "sent-2"), fresh("o2", 5, "sent-3")];
    expect(ids(buildQueue(cards, base))).toEqual(["s1", "o1", "s2", "o2", "s3"]);
  });

  it("does not start with a sibling of the question just shown", () => {
    const cards = [fresh("s1", 1, "sent-1"), fresh("s2", 2, "sent-1"), fresh("o1", 3, "sent-2")];
    expect(ids(buildQueue(cards, { ...base, lastShownQuestionId: "s1" }))[0]).toBe("o1");
  });

  it("keeps priority order when spacing is impossible", () => {
    const cards = [fresh("s1", 1, "k"), fresh("s2", 2, "k"), fresh("s3", 3, "k")];
    expect(ids(buildQueue(cards, { ...base, lastShownQuestionId: "s1" }))).toEqual(["s1", "s2", "s3"]);
  });

  it("property: each question once; a repeat/sibling pair only when nothing else is left; priority otherwise kept", () => {
    const inputArb = fc.array(
      fc.record({
        kind: fc.constantFrom("new", "learning", "review"),
        sib: fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }),
        offset: fc.integer({ min: -30 * DAY, max: 0 }),
        stability: fc.double({ min: 0.5, max: 300, noNaN: true }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 40 }), fc.integer({ min: -1, max: 39 }), (specs, limit, lastIdx) => {
        const cards = specs.map((s, i): QueueCardInput => {
          const id = `q${i}`;
          if (s.kind === "new") return fresh(id, i, s.sib);
          if (s.kind === "learning") return learning(id, s.offset / 1000, i, s.sib);
          return review(id, -s.offset + DAY, s.stability, s.offset, s.sib);
        });
        const last = lastIdx >= 0 && lastIdx < cards.length ? `q${lastIdx}` : null;
        const q = buildQueue(cards, { ...base, newCardsPerDay: limit, lastShownQuestionId: last });
        const out = ids(q);
        expect(new Set(out).size).toBe(out.length);
        expect(q.counts.new).toBe(Math.min(limit, specs.filter((s) => s.kind === "new").length));
        expect(q.counts.new + q.counts.learning + q.counts.review).toBe(out.length);
        const group = (id: string | null) => {
          if (id === null) return null;
          const c = cards.find((x) => x.questionId === id);
          return c?.siblingKey ? `s:${c.siblingKey}` : `q:${id}`;
        };
        const groups = out.map(group);
        groups.forEach((g, i) => {
          const prev = i === 0 ? group(last) : groups[i - 1];
          // Greedy guarantee: a clash means every remaining item is in that same group.
          if (g === prev) expect(groups.slice(i).every((x) => x === g)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("handles 5,000 cards quickly (O(n log n))", () => {
    const cards = Array.from({ length: 5000 }, (_, i) =>
      i % 3 === 0 ? fresh(`q${i}`, i, `s${i % 7}`) : i % 3 === 1 ? review(`q${i}`, (i % 50) * DAY + DAY, 1 + (i % 40), -(i % 20) * DAY, `s${i % 7}`) : learning(`q${i}`, -i * 1000, i, `s${i % 7}`),
    );
    const t0 = performance.now();
    const q = buildQueue(cards, { ...base, newCardsPerDay: 1000 });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(q.entries.length).toBe(q.counts.new + q.counts.learning + q.counts.review);
  });
});
