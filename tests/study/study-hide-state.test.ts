import { describe, expect, it } from "vitest";
import { initialStudyState, keyCommand, studyReducer, type KeyPress, type StudyState } from "@/components/study/study-session-state";
import type { NextCardPayload, StudyCardView } from "@/lib/server/study/study-types";

// Suspend / bury on the study screen's state machine: the keys, moving on, and undo bringing the card back.

function card(id: string, over: Partial<StudyCardView> = {}): StudyCardView {
  return {
    questionId: id, deckId: "d1", kind: "flashcard", prompt: `Prompt ${id}`, answer: "Paris", acceptedAnswers: [], choices: [],
    sourceSentence: "", sourceAnswerSpan: null, sourceHref: null, version: 3, state: 2, queueKind: "review", intervals: { again: "1m", hard: "6m", good: "10m", easy: "4d" }, ...over,
  };
}
const payload = (cards: StudyCardView[], counts = { new: 0, learning: 0, review: cards.length }): NextCardPayload => ({ card: cards[0] ?? null, upcoming: cards.slice(1), counts, nextDue: null });
const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, targetTag: "BODY", targetValue: "", ...over });

describe("suspend and bury keys", () => {
  const state = initialStudyState(payload([card("a")]), 0, "k", 0);
  it("S suspends and - buries, before and after the answer is shown", () => {
    expect(keyCommand(press("s"), state, false)).toEqual({ type: "hide", hide: "suspend" });
    expect(keyCommand(press("S", { shiftKey: true }), state, false)).toEqual({ type: "hide", hide: "suspend" });
    expect(keyCommand(press("-"), state, false)).toEqual({ type: "hide", hide: "bury" });
    const revealed = studyReducer(state, { type: "revealed", answer: null, at: 10 });
    expect(keyCommand(press("s"), revealed, false)).toEqual({ type: "hide", hide: "suspend" });
  });
  it("never fire while typing, with a modifier, while busy, or with no card", () => {
    expect(keyCommand(press("s", { targetTag: "INPUT" }), state, false)).toBeNull();
    expect(keyCommand(press("s", { ctrlKey: true }), state, false)).toBeNull();
    expect(keyCommand(press("-", { altKey: true }), state, false)).toBeNull();
    expect(keyCommand(press("s"), state, true)).toBeNull();
    expect(keyCommand(press("s"), { ...state, card: null }, false)).toBeNull();
  });
  it("do not take a multiple-choice option's key", () => {
    const mc = initialStudyState(payload([card("m", { kind: "multiple_choice", choices: ["A1", "B1", "C1", "D1"] })]), 0, "k", 0);
    for (const k of ["a", "b", "c", "d", "1", "4"]) expect(keyCommand(press(k), mc, false)).toMatchObject({ type: "reveal" });
  });
});

describe("hidden / unhidden", () => {
  it("moves to the next card, leaves today's counts one lower, and undo shows the card again", () => {
    const start: StudyState = initialStudyState(payload([card("a"), card("b"), card("c")]), 4, "k1", 0);
    const hidden = studyReducer(start, { type: "hidden", entry: { hidden: "suspend", questionId: "a", version: 4 }, key: "k2", at: 5 });
    expect(hidden.card?.questionId).toBe("b");
    expect(hidden.upcoming.map((c) => c.questionId)).toEqual(["c"]);
    expect(hidden.counts.review).toBe(2);
    expect(hidden.done).toBe(4); // hiding is not an answer
    expect(hidden.history).toEqual([{ hidden: "suspend", questionId: "a", version: 4 }]);
    expect(hidden.announcement).toMatch(/suspended/);

    const back = studyReducer(hidden, { type: "unhidden", next: payload([card("a", { version: 5 }), card("b"), card("c")]), key: "k3", at: 9 });
    expect(back.card).toMatchObject({ questionId: "a", version: 5 });
    expect(back.history).toEqual([]);
    // A review undo never pops a hidden entry, and an unhidden never pops a review.
    expect(studyReducer(hidden, { type: "undone", next: payload([]), key: "x", at: 1 })).toBe(hidden);
  });

  it("with no cards left on the client, shows the refill that came with the action", () => {
    const start = initialStudyState(payload([card("a")]), 0, "k1", 0);
    const hidden = studyReducer(start, { type: "hidden", entry: { hidden: "bury", questionId: "a", version: 4 }, payload: payload([card("z")], { new: 0, learning: 0, review: 7 }), key: "k2", at: 5 });
    expect(hidden.card?.questionId).toBe("z");
    expect(hidden.counts.review).toBe(7);
    const empty = studyReducer(start, { type: "hidden", entry: { hidden: "bury", questionId: "a", version: 4 }, payload: payload([]), key: "k2", at: 5 });
    expect(empty.card).toBeNull();
    expect(empty.focus?.target).toBe("summary");
  });
});
