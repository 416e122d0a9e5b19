import { describe, expect, it } from "vitest";
import { choiceForKey } from "@/components/study/choice-keys";
import {
  countsAfterAnswer,
  initialStudyState,
  keyCommand,
  studyReducer,
  type KeyPress,
  type StudyAction,
  type StudyState,
} from "@/components/study/study-session-state";
import type { NextCardPayload, SavedReviewView, StudyCardView } from "@/lib/server/study/study-types";
import { DEFAULT_LEARN_AHEAD_MS } from "@/lib/srs";

// The study screen's state machine, without a browser: every action the hook dispatches.

const NOW = Date.parse("2026-03-01T10:00:00Z");

function card(id: string, over: Partial<StudyCardView> = {}): StudyCardView {
  return {
    questionId: id,
    deckId: "d1",
    kind: "multiple_choice",
    prompt: `Prompt ${id}`,
    answer: "Paris",
    acceptedAnswers: [],
    choices: ["Lyon", "Paris", "Nice", "Lille"],
    sourceSentence: "The capital is Paris.",
    sourceAnswerSpan: [15, 20],
    sourceHref: null,
    version: 0,
    state: 0,
    queueKind: "new",
    intervals: { again: "1m", hard: "6m", good: "10m", easy: "4d" },
    ...over,
  };
}

function payload(cards: StudyCardView[], counts = { new: cards.length, learning: 0, review: 0 }): NextCardPayload {
  return { card: cards[0] ?? null, upcoming: cards.slice(1), counts, nextDue: null };
}

function review(over: Partial<SavedReviewView> = {}): SavedReviewView {
  return { logId: "log1", questionId: "q1", rating: 3, correct: true, state: 1, due: new Date(NOW + 10 * 60_000).toISOString(), reviewedAt: new Date(NOW).toISOString(), intervalLabel: "10m", version: 1, ...over };
}

const run = (state: StudyState, ...actions: StudyAction[]) => actions.reduce(studyReducer, state);
const start = (cards: StudyCardView[], done = 0) => initialStudyState(payload(cards), done, "key-0", 1000);

describe("study session reducer", () => {
  it("starts on the first card with focus on its first action, or on the summary with nothing to study", () => {
    const s = start([card("q1"), card("q2")], 7);
    expect(s.card?.questionId).toBe("q1");
    expect(s.upcoming.map((c) => c.questionId)).toEqual(["q2"]);
    expect(s.done).toBe(7);
    expect(s.focus?.target).toBe("front");
    expect(start([]).focus).toBeNull();
  });

  it("grades a multiple-choice pick on the client and suggests a rating; a second reveal changes nothing", () => {
    const right = run(start([card("q1")]), { type: "revealed", answer: "Paris", at: 4000 });
    expect(right.back).toMatchObject({ answer: "Paris", correct: true, answerMs: 3000, suggested: 3 });
    expect(right.announcement).toBe("Correct. Answer: Paris. Suggested rating: Good.");
    expect(right.focus?.target).toBe("back");
    expect(run(right, { type: "revealed", answer: "Lyon", at: 5000 })).toBe(right);

    const wrong = run(start([card("q1")]), { type: "revealed", answer: "Lyon", at: 2000 });
    expect(wrong.back).toMatchObject({ correct: false, suggested: 1 });
    expect(wrong.announcement).toBe("Not quite. Answer: Paris. Suggested rating: Again.");
  });

  it("grades typed answers with the typo rules, suggests Again for a reveal without answering, leaves flashcards to the learner", () => {
    const typed = run(start([card("q1", { kind: "typed" })]), { type: "revealed", answer: "Pariss", at: 2000 });
    expect(typed.back?.correct).toBe(true);
    const skipped = run(start([card("q1", { kind: "cloze" })]), { type: "revealed", answer: null, at: 2000 });
    expect(skipped.back).toMatchObject({ correct: false, reason: "Revealed without answering", suggested: 1 });
    const flash = run(start([card("q1", { kind: "flashcard" })]), { type: "revealed", answer: null, at: 2000 });
    expect(flash.back).toMatchObject({ correct: null, suggested: null });
    expect(flash.announcement).toBe("Answer: Paris. Rate how well you knew it, keys 1 to 4.");
  });

  it("counts the server's verdict in the summary, not the client's", () => {
    // Revealed without answering (client: wrong), then rated Good: the server counts it correct.
    const s = run(start([card("q1", { kind: "typed" }), card("q2")]), { type: "revealed", answer: null, at: 2000 }, { type: "saved", review: review({ correct: true }), durationMs: 1500 });
    expect(s.back?.correct).toBe(false);
    expect(s.stats).toEqual({ reviewed: 1, correct: 1, totalMs: 1500 });
    const wrong = run(start([card("q1")]), { type: "revealed", answer: "Paris", at: 2000 }, { type: "saved", review: review({ correct: false }), durationMs: 900 });
    expect(wrong.stats.correct).toBe(0);
    expect(wrong.history).toEqual([{ logId: "log1", correct: false, durationMs: 900 }]);
    expect(wrong.done).toBe(1);
  });

  it("keeps the saved review until the next card is shown, so a retry does not answer twice", () => {
    const saved = run(start([card("q1")]), { type: "revealed", answer: "Paris", at: 2000 }, { type: "saved", review: review(), durationMs: 1000 }, { type: "failed", error: "offline" });
    expect(saved.saved?.logId).toBe("log1");
    expect(saved.error).toBe("offline");
    const next = run(saved, { type: "shown", payload: payload([card("q2")]), key: "key-1", at: 9000, announcement: "Saved Good: back in 10m. Next card." });
    expect(next).toMatchObject({ saved: null, back: null, typed: "", key: "key-1", shownAt: 9000, announcement: "Saved Good: back in 10m. Next card." });
    expect(next.card?.questionId).toBe("q2");
  });

  it("moves to the queued card and counts like the server's queue (learn-ahead window from lib/srs)", () => {
    const s0 = initialStudyState(payload([card("q1"), card("q2"), card("q3")], { new: 3, learning: 0, review: 0 }), 0, "k", 0);
    const s1 = run(s0, { type: "revealed", answer: "Paris", at: 10 }, { type: "nextFromQueue", review: review({ due: new Date(NOW + DEFAULT_LEARN_AHEAD_MS).toISOString() }), now: NOW, key: "k1", at: 20 });
    expect(s1.card?.questionId).toBe("q2");
    expect(s1.upcoming.map((c) => c.questionId)).toEqual(["q3"]);
    expect(s1.counts).toEqual({ new: 2, learning: 1, review: 0 });
    expect(s1.announcement).toBe("Saved Good: back in 10m. Next card.");
    expect(s1.focus?.target).toBe("front");

    expect(countsAfterAnswer({ new: 0, learning: 1, review: 4 }, "review", new Date(NOW + DEFAULT_LEARN_AHEAD_MS + 1).toISOString(), NOW)).toEqual({ new: 0, learning: 1, review: 3 });
    expect(countsAfterAnswer({ new: 0, learning: 0, review: 0 }, "new", new Date(NOW).toISOString(), NOW)).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it("undo takes the last answer back out of the summary and shows the card again; a refused undo stops offering it", () => {
    let s = start([card("q1"), card("q2")], 3);
    s = run(s, { type: "revealed", answer: "Paris", at: 2000 }, { type: "saved", review: review({ logId: "a", correct: true }), durationMs: 1000 }, { type: "nextFromQueue", review: review(), now: NOW, key: "k1", at: 3000 });
    s = run(s, { type: "revealed", answer: "Lyon", at: 4000 }, { type: "saved", review: review({ logId: "b", correct: false }), durationMs: 2000 });
    expect(s.stats).toEqual({ reviewed: 2, correct: 1, totalMs: 3000 });
    const undone = run(s, { type: "undone", next: payload([card("q2")]), key: "k2", at: 5000 });
    expect(undone.stats).toEqual({ reviewed: 1, correct: 1, totalMs: 1000 });
    expect(undone.done).toBe(4);
    expect(undone.history.map((h) => ("logId" in h ? h.logId : null))).toEqual(["a"]);
    expect(undone.back).toBeNull();
    expect(undone.announcement).toBe("Last answer undone. The card is back.");
    const refused = run(undone, { type: "undoFailed", error: "Too late to undo." });
    expect(refused).toMatchObject({ error: "Too late to undo.", history: [] });
  });

  it("keeps the last 50 answers for undo", () => {
    let s = start([card("q1")]);
    for (let i = 0; i < 60; i++) s = run(s, { type: "saved", review: review({ logId: `l${i}` }), durationMs: 1 });
    expect(s.history).toHaveLength(50);
    expect((s.history[0] as { logId?: string } | undefined)?.logId).toBe("l10");
    expect(s.stats.reviewed).toBe(60);
  });

  it("request start clears the error; the end clears pending", () => {
    const s = run(start([card("q1")]), { type: "failed", error: "x" }, { type: "requestStarted" });
    expect(s).toMatchObject({ pending: true, error: null });
    expect(run(s, { type: "requestEnded" }).pending).toBe(false);
  });
});

describe("study keys", () => {
  const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, targetTag: "BODY", targetValue: "", ...over });
  const mc = start([card("q1")]);
  const answered = run(mc, { type: "revealed", answer: "Paris", at: 2000 });
  const withHistory = run(answered, { type: "saved", review: review(), durationMs: 1 });

  it("1–4 and A–D pick an option on a multiple-choice front; other keys do nothing", () => {
    expect(keyCommand(press("2"), mc, false)).toEqual({ type: "reveal", answer: "Paris" });
    expect(keyCommand(press("B"), mc, false)).toEqual({ type: "reveal", answer: "Paris" });
    expect(keyCommand(press("d"), mc, false)).toEqual({ type: "reveal", answer: "Lille" });
    expect(keyCommand(press("5"), mc, false)).toBeNull();
    expect(keyCommand(press("Enter"), mc, false)).toBeNull();
    expect(keyCommand(press("2", { altKey: true }), mc, false)).toBeNull();
  });

  it("Space/Enter reveal a flashcard unless a button or link has focus; typing in a field is never a command", () => {
    const flash = start([card("q1", { kind: "flashcard" })]);
    expect(keyCommand(press(" "), flash, false)).toEqual({ type: "reveal", answer: null });
    expect(keyCommand(press("Enter", { targetTag: "BUTTON" }), flash, false)).toBeNull();
    expect(keyCommand(press("Enter", { targetTag: "A" }), flash, false)).toBeNull();
    expect(keyCommand(press("1", { targetTag: "INPUT" }), answered, false)).toBeNull();
  });

  it("1–4 grade once answered, not while a request is in flight", () => {
    expect(keyCommand(press("1"), answered, false)).toEqual({ type: "grade", rating: 1 });
    expect(keyCommand(press("4"), answered, false)).toEqual({ type: "grade", rating: 4 });
    expect(keyCommand(press("a"), answered, false)).toBeNull();
    expect(keyCommand(press("3"), answered, true)).toBeNull();
  });

  it("Ctrl/⌘+Z undoes only with an answer to undo, and not while the answer box holds text", () => {
    expect(keyCommand(press("z", { ctrlKey: true }), answered, false)).toBeNull();
    expect(keyCommand(press("z", { ctrlKey: true }), withHistory, false)).toEqual({ type: "undo" });
    expect(keyCommand(press("Z", { metaKey: true }), withHistory, false)).toEqual({ type: "undo" });
    expect(keyCommand(press("z", { ctrlKey: true, shiftKey: true }), withHistory, false)).toBeNull();
    expect(keyCommand(press("z", { ctrlKey: true, targetTag: "INPUT", targetValue: "Par" }), withHistory, false)).toBeNull();
    expect(keyCommand(press("z", { ctrlKey: true, targetTag: "INPUT", targetValue: "" }), withHistory, false)).toEqual({ type: "undo" });
  });

  it("the quiz and the study card read choice keys the same way", () => {
    const choices = ["a0", "a1", "a2"];
    expect(choiceForKey("1", choices)).toBe("a0");
    expect(choiceForKey("C", choices)).toBe("a2");
    expect(choiceForKey("4", choices)).toBeUndefined();
    expect(choiceForKey("", choices)).toBeUndefined();
    expect(choiceForKey("12", choices)).toBeUndefined();
    expect(choiceForKey("e", ["1", "2", "3", "4", "5"])).toBeUndefined();
  });
});
