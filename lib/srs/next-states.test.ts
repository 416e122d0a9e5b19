import { describe, expect, it } from "vitest";
import { createNewCard, fromFsrsCard, toFsrsCard, toFsrsLog } from "./card";
import { applyRating, nextStates } from "./next-states";
import { createScheduler } from "./scheduler";
import { assertTransition, InvalidTransitionError, stateDefinition } from "./states";
import { CardState } from "./types";

const T0 = new Date("2025-05-10T12:00:00Z");
const labels = (ns: ReturnType<typeof nextStates>) => [ns.again.interval.label, ns.hard.interval.label, ns.good.interval.label, ns.easy.interval.label];

describe("nextStates on a new card", () => {
  it("follows the learning steps 1m / 10m and graduates on Easy", () => {
    const ns = nextStates({ card: createNewCard(T0), cardId: "c", now: T0 });
    expect(labels(ns).slice(0, 3)).toEqual(["1m", "6m", "10m"]);
    expect(ns.easy.interval.label).toMatch(/^\d+d$/);
    expect([ns.again.card.state, ns.hard.card.state, ns.good.card.state, ns.easy.card.state]).toEqual([
      CardState.Learning, CardState.Learning, CardState.Learning, CardState.Review,
    ]);
    expect(ns.good.log).toMatchObject({ rating: "good", state: CardState.New, review: T0, previousDue: T0, previousLastReview: null });
  });

  it("with no learning steps every answer graduates straight to Review", () => {
    const ns = nextStates({ card: createNewCard(T0), cardId: "c", now: T0, settings: { learningSteps: [] } });
    for (const o of Object.values(ns)) expect(o.card.state).toBe(CardState.Review);
  });

  it("a lapse sends a review card to Relearning with the relearning step", () => {
    let card = applyRating({ card: createNewCard(T0), cardId: "c", now: T0 }, "easy").card;
    const later = new Date(card.due.getTime() + 3_600_000);
    const again = applyRating({ card, cardId: "c", now: later }, "again");
    expect(again.card.state).toBe(CardState.Relearning);
    expect(again.card.lapses).toBe(1);
    expect(again.interval.label).toBe("10m");
    card = again.card;
    expect(stateDefinition(card.state).queue).toBe("learning");
  });
});

describe("state machine", () => {
  it("each state knows its queue", () => {
    expect([0, 1, 2, 3].map((s) => stateDefinition(s as CardState).queue)).toEqual(["new", "learning", "review", "learning"]);
  });

  it("rejects transitions the state does not allow", () => {
    expect(() => assertTransition(CardState.Review, "good", CardState.Learning)).toThrow(InvalidTransitionError);
    expect(() => assertTransition(CardState.New, "easy", CardState.Learning)).toThrow(InvalidTransitionError);
    expect(() => assertTransition(CardState.Review, "again", CardState.Relearning)).not.toThrow();
  });
});

describe("ts-fsrs behaviour we rely on or work around", () => {
  it("plain ts-fsrs rollback restores the wrong due date for a review card (why our log stores previousDue)", () => {
    const f = createScheduler("c");
    const graduated = applyRating({ card: createNewCard(T0), cardId: "c", now: T0 }, "easy").card;
    const reviewAt = new Date(graduated.due.getTime() + 5 * 86_400_000); // reviewed 5 days late
    const out = applyRating({ card: graduated, cardId: "c", now: reviewAt }, "good");
    const rolled = fromFsrsCard(f.rollback(toFsrsCard(out.card), toFsrsLog(out.log)));
    expect(rolled.due).toEqual(reviewAt);
    expect(rolled.due).not.toEqual(graduated.due);
    expect({ ...rolled, due: graduated.due }).toEqual(graduated);
  });
});
