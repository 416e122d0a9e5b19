import type { NextCardPayload, QueueCountsView, SavedReviewView, StudyCardView } from "@/lib/server/study/study-types";
import { suggestRating } from "@/lib/srs/auto-rating";
import { gradeTypedAnswer } from "@/lib/srs/grade-typed-answer";
import { DEFAULT_LEARN_AHEAD_MS } from "@/lib/srs/learn-ahead";
import { RATING_VALUE, ratingLabel, type RatingValue } from "@/lib/srs/ratings";
import { choiceForKey } from "./choice-keys";
import type { SessionStats } from "./session-summary";

// The study session's state and every change to it, as a pure reducer (no React, no network, no
// clock: times and keys come in with the actions), so it is tested without a browser.

/** The answered side of the card. */
export type Back = {
  /** What the learner answered (typed text or picked option), null for a plain reveal. */
  answer: string | null;
  correct: boolean | null;
  reason: string | null;
  suggested: RatingValue | null;
  answerMs: number;
};

/** An answer of this session, kept so undo can take it back out of the summary. */
export type AnsweredReview = { logId: string; correct: boolean; durationMs: number };
/** A card suspended or buried from the study screen: undo brings it back (card version after the change). */
export type HiddenCard = { hidden: "suspend" | "bury"; questionId: string; version: number };
/** What undo steps back through, newest last. */
export type HistoryEntry = AnsweredReview | HiddenCard;

export function isHiddenCard(entry: HistoryEntry): entry is HiddenCard {
  return "hidden" in entry;
}

export type FocusTarget = "front" | "back" | "summary";

export type StudyState = {
  card: StudyCardView | null;
  /** Cards queued after this one (they came with the last payload): answered without a server read each. */
  upcoming: StudyCardView[];
  counts: QueueCountsView;
  nextDue: string | null;
  /** Answers today, this session's included. */
  done: number;
  back: Back | null;
  typed: string;
  pending: boolean;
  error: string | null;
  announcement: string;
  stats: SessionStats;
  /** Answers (and suspends/burials) of this session, newest last: undo steps back through them one at a time. */
  history: HistoryEntry[];
  /** performance.now() when the card was shown; answer times are measured from it. */
  shownAt: number;
  /** One idempotency key per shown card: a double click or a retry after a network error re-sends it. */
  key: string;
  /** The review saved under `key` when only the next card failed to load: a retry moves on without answering twice. */
  saved: SavedReviewView | null;
  /** Where focus goes after this render; `seq` changes each time so the same target can be focused again. */
  focus: { target: FocusTarget; seq: number } | null;
};

export type StudyAction =
  | { type: "typed"; text: string }
  | { type: "revealed"; answer: string | null; at: number }
  | { type: "requestStarted" }
  | { type: "requestEnded" }
  | { type: "failed"; error: string }
  | { type: "saved"; review: SavedReviewView; durationMs: number }
  | { type: "nextFromQueue"; review: SavedReviewView; now: number; key: string; at: number }
  | { type: "shown"; payload: NextCardPayload; key: string; at: number; announcement?: string }
  | { type: "undone"; next: NextCardPayload; key: string; at: number }
  /** The current card was suspended or buried; the next one comes from `payload` (a refill) or the upcoming cards. */
  | { type: "hidden"; entry: HiddenCard; payload?: NextCardPayload; key: string; at: number }
  /** The last suspend/bury was undone: the card is back at the front of `next`. */
  | { type: "unhidden"; next: NextCardPayload; key: string; at: number }
  | { type: "undoFailed"; error: string };

/** Undo reaches back this many answers. */
const HISTORY_LIMIT = 50;

// The suggestion's reason repeats the verdict for a plain right/wrong pick; show it only when it adds something.
const PLAIN_VERDICTS = new Set(["Correct", "Wrong answer"]);

/** The grading note worth showing beside the verdict, if any. */
export function extraReason(back: Back): string | null {
  return back.reason && !PLAIN_VERDICTS.has(back.reason) ? back.reason : null;
}

export function initialStudyState(initial: NextCardPayload, doneToday: number, key: string, at: number): StudyState {
  return {
    card: initial.card,
    upcoming: initial.upcoming,
    counts: initial.counts,
    nextDue: initial.nextDue,
    done: doneToday,
    back: null,
    typed: "",
    pending: false,
    error: null,
    announcement: "",
    stats: { reviewed: 0, correct: 0, totalMs: 0 },
    history: [],
    shownAt: at,
    key,
    saved: null,
    // The page opens with focus on the first action, so keyboard-only study starts at once.
    focus: initial.card ? { target: "front", seq: 0 } : null,
  };
}

/**
 * Today's counts after an answer, as the server's queue would count them: the answered card leaves
 * its bucket and, when it comes back within the learn-ahead window (a learning step), joins "learning".
 */
export function countsAfterAnswer(counts: QueueCountsView, kind: StudyCardView["queueKind"], dueIso: string, now: number): QueueCountsView {
  const next = { ...counts, [kind]: Math.max(0, counts[kind] - 1) };
  if (new Date(dueIso).getTime() - now <= DEFAULT_LEARN_AHEAD_MS) next.learning += 1;
  return next;
}

/** The client's reading of an answer: the verdict and suggested rating shown at once (the server grades again on save). */
export function gradeOnClient(card: StudyCardView, answer: string | null, answerMs: number): Back {
  const back: Back = { answer, correct: null, reason: null, suggested: null, answerMs };
  if (card.kind === "multiple_choice" && answer !== null) {
    const correct = answer === card.answer;
    const s = suggestRating({ correct, kind: "multipleChoice", responseMs: answerMs });
    return { ...back, correct, reason: s.reason, suggested: RATING_VALUE[s.rating] };
  }
  if ((card.kind === "typed" || card.kind === "cloze") && answer !== null) {
    const grade = gradeTypedAnswer(answer, { answer: card.answer, acceptedAnswers: card.acceptedAnswers });
    const s = suggestRating({ correct: grade.correct, kind: "typed", responseMs: answerMs });
    return { ...back, correct: grade.correct, reason: grade.reason, suggested: RATING_VALUE[s.rating] };
  }
  // Revealed without answering: nothing to grade, so it most likely needs to come back soon.
  if (card.kind !== "flashcard") return { ...back, correct: false, reason: "Revealed without answering", suggested: RATING_VALUE.again };
  return back;
}

function revealAnnouncement(card: StudyCardView, back: Back): string {
  if (back.correct === null) return `Answer: ${card.answer}. Rate how well you knew it, keys 1 to 4.`;
  const reason = extraReason(back);
  return `${back.correct ? "Correct" : "Not quite"}.${reason ? ` ${reason}.` : ""} Answer: ${card.answer}. Suggested rating: ${ratingLabel(back.suggested ?? RATING_VALUE.good)}.`;
}

export function savedAnnouncement(review: SavedReviewView): string {
  return `Saved ${ratingLabel(review.rating) ?? ""}: back in ${review.intervalLabel}.`;
}

function focusOn(state: StudyState, target: FocusTarget): StudyState["focus"] {
  return { target, seq: (state.focus?.seq ?? 0) + 1 };
}

function show(state: StudyState, payload: NextCardPayload, key: string, at: number): StudyState {
  return {
    ...state,
    card: payload.card,
    upcoming: payload.upcoming,
    counts: payload.counts,
    nextDue: payload.nextDue,
    back: null,
    typed: "",
    key,
    saved: null,
    shownAt: at,
    focus: focusOn(state, payload.card ? "front" : "summary"),
  };
}

export function studyReducer(state: StudyState, action: StudyAction): StudyState {
  switch (action.type) {
    case "typed":
      return { ...state, typed: action.text };
    case "revealed": {
      if (!state.card || state.back) return state;
      const back = gradeOnClient(state.card, action.answer, Math.round(action.at - state.shownAt));
      return { ...state, back, announcement: revealAnnouncement(state.card, back), focus: focusOn(state, "back") };
    }
    case "requestStarted":
      return { ...state, pending: true, error: null };
    case "requestEnded":
      return { ...state, pending: false };
    case "failed":
      return { ...state, error: action.error };
    case "saved": {
      const { review, durationMs } = action;
      // The server's verdict, the one the counters and the instructor's dashboard hold; the client's
      // reading only stands in if a review ever comes back without one.
      const correct = review.correct ?? state.back?.correct ?? review.rating > 1;
      return {
        ...state,
        saved: review,
        stats: { reviewed: state.stats.reviewed + 1, correct: state.stats.correct + (correct ? 1 : 0), totalMs: state.stats.totalMs + durationMs },
        done: state.done + 1,
        history: [...state.history.slice(-(HISTORY_LIMIT - 1)), { logId: review.logId, correct, durationMs }],
      };
    }
    case "nextFromQueue": {
      const [next, ...rest] = state.upcoming;
      if (!next || !state.card) return state;
      const counts = countsAfterAnswer(state.counts, state.card.queueKind, action.review.due, action.now);
      const shown = show(state, { card: next, upcoming: rest, counts, nextDue: null }, action.key, action.at);
      return { ...shown, announcement: `${savedAnnouncement(action.review)} Next card.` };
    }
    case "shown": {
      const shown = show(state, action.payload, action.key, action.at);
      return action.announcement === undefined ? shown : { ...shown, announcement: action.announcement };
    }
    case "hidden": {
      if (!state.card) return state;
      const history = [...state.history.slice(-(HISTORY_LIMIT - 1)), action.entry];
      const announcement = `${action.entry.hidden === "suspend" ? "Card suspended" : "Card buried until tomorrow"}. Undo brings it back.`;
      // The hidden card leaves its bucket of today's counts, as the server's queue will count it.
      const counts = { ...state.counts, [state.card.queueKind]: Math.max(0, state.counts[state.card.queueKind] - 1) };
      const [next, ...rest] = state.upcoming;
      const payload = action.payload ?? { card: next ?? null, upcoming: rest, counts, nextDue: state.nextDue };
      return { ...show(state, payload, action.key, action.at), history, announcement };
    }
    case "unhidden": {
      const last = state.history.at(-1);
      if (!last || !isHiddenCard(last)) return state;
      return { ...show(state, action.next, action.key, action.at), history: state.history.slice(0, -1), announcement: "The card is back." };
    }
    case "undone": {
      const last = state.history.at(-1);
      if (!last || isHiddenCard(last)) return state;
      const shown = show(state, action.next, action.key, action.at);
      return {
        ...shown,
        stats: { reviewed: state.stats.reviewed - 1, correct: state.stats.correct - (last.correct ? 1 : 0), totalMs: state.stats.totalMs - last.durationMs },
        done: Math.max(0, state.done - 1),
        history: state.history.slice(0, -1),
        announcement: "Last answer undone. The card is back.",
      };
    }
    case "undoFailed":
      // The server refused (already undone elsewhere, or too old): stop offering undo for this session.
      return { ...state, error: action.error, history: [] };
  }
}

/** A key press, as much of it as the session's keyboard rules need. */
export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; targetTag: string | null; targetValue: string };

export type KeyCommand = { type: "undo" } | { type: "reveal"; answer: string | null } | { type: "grade"; rating: RatingValue } | { type: "hide"; hide: HiddenCard["hidden"] };

/**
 * Suspend and bury keys (shown in the key hints): "S" suspends; "-" buries until tomorrow, as in Anki. Neither
 * clashes with the grades (1–4), the options (1–4, A–D), reveal (Space/Enter) or undo (Ctrl/⌘+Z).
 */
export const SUSPEND_KEY = "s";
export const BURY_KEY = "-";

/** What a key does on the study screen right now, or null when it is not ours to handle. */
export function keyCommand(press: KeyPress, state: Pick<StudyState, "card" | "back" | "history">, busy: boolean): KeyCommand | null {
  const inField = press.targetTag === "INPUT" || press.targetTag === "TEXTAREA" || press.targetTag === "SELECT";
  // Enter/Space on a focused link or button keeps its own meaning (that button may be a grade).
  const onControl = press.targetTag === "BUTTON" || press.targetTag === "A";
  if ((press.ctrlKey || press.metaKey) && !press.shiftKey && press.key.toLowerCase() === "z") {
    // In the answer box Ctrl+Z edits the text; only an empty box lets it undo the last answer.
    if ((inField && press.targetValue !== "") || state.history.length === 0) return null;
    return { type: "undo" };
  }
  const { card, back } = state;
  if (inField || press.ctrlKey || press.metaKey || press.altKey || !card || busy) return null;
  if (press.key.toLowerCase() === SUSPEND_KEY) return { type: "hide", hide: "suspend" };
  if (press.key === BURY_KEY) return { type: "hide", hide: "bury" };
  if (!back) {
    if (card.kind === "multiple_choice") {
      const choice = choiceForKey(press.key, card.choices);
      return choice === undefined ? null : { type: "reveal", answer: choice };
    }
    return (press.key === " " || press.key === "Enter") && !onControl ? { type: "reveal", answer: null } : null;
  }
  const rating = press.key.length === 1 ? "1234".indexOf(press.key) + 1 : 0;
  return rating > 0 ? { type: "grade", rating: rating as RatingValue } : null;
}
