"use client";

import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from "react";
import type { CardFlagView } from "@/lib/server/study/set-card-flag";
import type { NextCardPayload, ReviewResponse } from "@/lib/server/study/study-types";
import type { UndoResult } from "@/lib/server/study/undo-last-review";
import { newIdempotencyKey, requestJson } from "./post-json";
import { initialStudyState, isHiddenCard, keyCommand, savedAnnouncement, studyReducer, type HiddenCard } from "./study-session-state";

/** Longest answer time sent with a review; a card left open over lunch is not an hour of study. */
const MAX_DURATION_MS = 3_600_000;

/**
 * A study session: the reducer's state plus the three things a learner does (reveal, grade, undo),
 * each talking to the server, and the keyboard bindings for them. The view only renders and wires
 * its buttons to these.
 */
export function useStudySession(deckId: string, initial: NextCardPayload, doneToday: number) {
  const [state, dispatch] = useReducer(studyReducer, null, () => initialStudyState(initial, doneToday, newIdempotencyKey(), performance.now()));
  // A second press while a request is in flight must not send another; state updates too late to stop it.
  const busy = useRef(false);
  const { card, back, upcoming, saved, key, shownAt, history } = state;

  useEffect(() => {
    // ?focus= picked the first card; a reload should carry on with the queue, not show it again.
    const url = new URL(window.location.href);
    if (url.searchParams.has("focus")) {
      url.searchParams.delete("focus");
      window.history.replaceState(window.history.state, "", url);
    }
  }, []);

  const showFresh = useCallback((payload: NextCardPayload, announcement?: string) => {
    dispatch({ type: "shown", payload, key: newIdempotencyKey(), at: performance.now(), announcement });
  }, []);

  const reveal = useCallback((answer: string | null) => dispatch({ type: "revealed", answer, at: performance.now() }), []);
  const setTyped = useCallback((text: string) => dispatch({ type: "typed", text }), []);

  /** The queue of this deck from the server; `prefer` puts a card just brought back at the front. */
  const loadQueue = useCallback(
    (params: { after?: string; prefer?: string }) => {
      const q = new URLSearchParams({ deckId, ...(params.after ? { after: params.after } : {}), ...(params.prefer ? { prefer: params.prefer } : {}) });
      return requestJson<NextCardPayload>(`/api/study/next?${q}`);
    },
    [deckId],
  );

  const grade = useCallback(
    async (rating: number) => {
      if (!card || !back || busy.current) return;
      busy.current = true;
      dispatch({ type: "requestStarted" });
      try {
        // Saved already (only the next card failed to load): move on without answering twice.
        let review = saved;
        if (!review) {
          const durationMs = Math.min(MAX_DURATION_MS, Math.max(0, Math.round(performance.now() - shownAt)));
          // next: false — the next card is already here (upcoming), or comes from one refill for several answers.
          const res = await requestJson<ReviewResponse>("/api/reviews", {
            method: "POST",
            body: { questionId: card.questionId, rating, idempotencyKey: key, expectedVersion: card.version, answer: back.answer, durationMs, next: false },
          });
          if (!res.ok) {
            dispatch({ type: "failed", error: res.error });
            if (res.status === 409) {
              // Answered in another tab, or the card changed: show what the server has now.
              const fresh = await loadQueue({});
              if (fresh.ok) showFresh(fresh.data);
            }
            return;
          }
          review = res.data.review;
          dispatch({ type: "saved", review, durationMs });
        }
        // The next card: from the cards that came with the last payload, else a refill from the server.
        if (upcoming.length > 0) {
          dispatch({ type: "nextFromQueue", review, now: Date.now(), key: newIdempotencyKey(), at: performance.now() });
          return;
        }
        const fresh = await loadQueue({ after: card.questionId });
        if (!fresh.ok) {
          dispatch({ type: "failed", error: `Your answer is saved, but the next card did not load (${fresh.error}). Press a grade again to retry.` });
          return;
        }
        showFresh(fresh.data, `${savedAnnouncement(review)}${fresh.data.card ? " Next card." : " Session complete."}`);
      } finally {
        busy.current = false;
        dispatch({ type: "requestEnded" });
      }
    },
    [card, back, saved, key, shownAt, upcoming, loadQueue, showFresh],
  );

  /** Suspends or buries the card on screen (the version it was shown with guards against a stale tab) and moves on. */
  const hide = useCallback(
    async (kind: HiddenCard["hidden"]) => {
      if (!card || busy.current) return;
      busy.current = true;
      dispatch({ type: "requestStarted" });
      try {
        const res = await requestJson<CardFlagView>("/api/cards/flag", { method: "POST", body: { questionId: card.questionId, command: kind, expectedVersion: saved ? saved.version : card.version } });
        if (!res.ok) {
          dispatch({ type: "failed", error: res.error });
          if (res.status === 409) {
            const fresh = await loadQueue({});
            if (fresh.ok) showFresh(fresh.data);
          }
          return;
        }
        const entry: HiddenCard = { hidden: kind, questionId: card.questionId, version: res.data.version };
        if (upcoming.length > 0) {
          dispatch({ type: "hidden", entry, key: newIdempotencyKey(), at: performance.now() });
          return;
        }
        const fresh = await loadQueue({ after: card.questionId });
        if (fresh.ok) dispatch({ type: "hidden", entry, payload: fresh.data, key: newIdempotencyKey(), at: performance.now() });
        else dispatch({ type: "failed", error: `The card is ${kind === "suspend" ? "suspended" : "buried"}, but the next card did not load (${fresh.error}). Reload the page.` });
      } finally {
        busy.current = false;
        dispatch({ type: "requestEnded" });
      }
    },
    [card, saved, upcoming, loadQueue, showFresh],
  );

  const last = history.at(-1) ?? null;
  const undo = useCallback(async () => {
    if (!last || busy.current) return;
    busy.current = true;
    dispatch({ type: "requestStarted" });
    if (isHiddenCard(last)) {
      // Undo a suspend/bury: bring the card back (version-checked), then show it first again.
      const command = last.hidden === "suspend" ? "unsuspend" : "unbury";
      const res = await requestJson<CardFlagView>("/api/cards/flag", { method: "POST", body: { questionId: last.questionId, command, expectedVersion: last.version } });
      const next = res.ok ? await loadQueue({ prefer: last.questionId }) : res;
      if (next.ok) dispatch({ type: "unhidden", next: next.data, key: newIdempotencyKey(), at: performance.now() });
      else dispatch({ type: "undoFailed", error: next.error });
    } else {
      const res = await requestJson<UndoResult>("/api/reviews/undo", { method: "POST", body: { logId: last.logId } });
      if (res.ok) dispatch({ type: "undone", next: res.data.next, key: newIdempotencyKey(), at: performance.now() });
      else dispatch({ type: "undoFailed", error: res.error });
    }
    busy.current = false;
    dispatch({ type: "requestEnded" });
  }, [last, loadQueue]);

  // Subscribed in a layout effect, so the handler that sees a new card is in place before that card is painted: with
  // a plain effect a key pressed right after an undo showed the card could still reach the old handler, which undid
  // the answer already undone (a second Ctrl+Z then did nothing; seen once in CI).
  useLayoutEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      const command = keyCommand(
        {
          key: e.key,
          ctrlKey: e.ctrlKey,
          metaKey: e.metaKey,
          altKey: e.altKey,
          shiftKey: e.shiftKey,
          targetTag: target?.tagName ?? null,
          targetValue: (target as HTMLInputElement | null)?.value ?? "",
        },
        { card, back, history },
        busy.current,
      );
      if (!command) return;
      e.preventDefault();
      if (command.type === "undo") void undo();
      else if (command.type === "reveal") reveal(command.answer);
      else if (command.type === "hide") void hide(command.hide);
      else void grade(command.rating);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, back, history, reveal, grade, undo, hide]);

  return { state, last, canUndo: last !== null, reveal, setTyped, grade, undo, hide };
}
