"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { NextCardPayload, QueueCountsView, ReviewResponse, SavedReviewView, StudyCardView } from "@/lib/server/study/study-types";
import type { UndoResult } from "@/lib/server/study/undo-last-review";
import { suggestRating } from "@/lib/srs/auto-rating";
import { gradeTypedAnswer } from "@/lib/srs/grade-typed-answer";
import { AnswerHighlight } from "./answer-highlight";
import { ChoiceOptions } from "./choice-options";
import { GradeButtons } from "./grade-buttons";
import { newIdempotencyKey, requestJson } from "./post-json";
import { SessionSummary, type SessionStats } from "./session-summary";

// The suggestion's reason repeats the verdict for a plain right/wrong pick; show it only when it adds something.
const PLAIN_VERDICTS = new Set(["Correct", "Wrong answer"]);

const RATING_VALUE = { again: 1, hard: 2, good: 3, easy: 4 } as const;
const RATING_NAME = ["", "Again", "Hard", "Good", "Easy"] as const;

type Back = {
  /** What the learner answered (typed text or picked option), null for a plain reveal. */
  answer: string | null;
  correct: boolean | null;
  reason: string | null;
  suggested: number | null;
  answerMs: number;
};

type LastReview = { logId: string; correct: boolean; durationMs: number };

/** Learn-ahead window of the server's queue (DEFAULT_LEARN_AHEAD_MS): a card due within it counts as learning. */
const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * Today's counts after an answer, as the server's queue would count them: the answered card leaves
 * its bucket and, when it comes back within the learn-ahead window (a learning step), joins "learning".
 */
function countsAfterAnswer(counts: QueueCountsView, kind: StudyCardView["queueKind"], dueIso: string): QueueCountsView {
  const next = { ...counts, [kind]: Math.max(0, counts[kind] - 1) };
  if (new Date(dueIso).getTime() - Date.now() <= LEARN_AHEAD_MS) next.learning += 1;
  return next;
}

/** Runs a study session: one card at a time, one POST per answer, keyboard first. */
export function StudySession({ deckId, initial, doneToday }: { deckId: string; initial: NextCardPayload; doneToday: number }) {
  const [card, setCard] = useState<StudyCardView | null>(initial.card);
  // Cards queued after this one (they came with the last payload): answered without a server read each.
  const [upcoming, setUpcoming] = useState<StudyCardView[]>(initial.upcoming);
  const [counts, setCounts] = useState(initial.counts);
  const [nextDue, setNextDue] = useState(initial.nextDue);
  const [done, setDone] = useState(doneToday);
  const [back, setBack] = useState<Back | null>(null);
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [stats, setStats] = useState<SessionStats>({ reviewed: 0, correct: 0, totalMs: 0 });
  // Answers of this session, newest last: undo steps back through them one at a time.
  const [history, setHistory] = useState<LastReview[]>([]);
  const last = history.at(-1) ?? null;

  const shownAt = useRef(0);
  // One key per shown card: a double click or a retry after a network error re-sends the same key.
  const keyRef = useRef(newIdempotencyKey());
  const savedRef = useRef<{ key: string; review: SavedReviewView } | null>(null);
  const pendingRef = useRef(false);
  const revealRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const firstChoiceRef = useRef<HTMLButtonElement>(null);
  const gradeRef = useRef<HTMLButtonElement>(null);
  // The page opens with focus on the first action, so keyboard-only study starts at once.
  const focusAfterRender = useRef<"front" | "back" | "summary" | null>(initial.card ? "front" : null);

  const showCard = useCallback((payload: NextCardPayload) => {
    setCard(payload.card);
    setUpcoming(payload.upcoming);
    setCounts(payload.counts);
    setNextDue(payload.nextDue);
    setBack(null);
    setTyped("");
    keyRef.current = newIdempotencyKey();
    shownAt.current = performance.now();
    focusAfterRender.current = payload.card ? "front" : "summary";
  }, []);

  useEffect(() => {
    shownAt.current = performance.now();
    // ?focus= picked the first card; a reload should carry on with the queue, not show it again.
    const url = new URL(window.location.href);
    if (url.searchParams.has("focus")) {
      url.searchParams.delete("focus");
      window.history.replaceState(window.history.state, "", url);
    }
  }, []);

  // Focus follows the next action: reveal/answer on the front, the suggested grade on the back.
  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    if (target === "back") gradeRef.current?.focus();
    else if (target === "summary") document.getElementById("summary-heading")?.focus();
    else (inputRef.current ?? firstChoiceRef.current ?? revealRef.current)?.focus();
  });

  const reveal = useCallback(
    (answer: string | null) => {
      if (!card || back) return;
      const answerMs = Math.round(performance.now() - shownAt.current);
      let result: Back = { answer, correct: null, reason: null, suggested: null, answerMs };
      if (card.kind === "multiple_choice" && answer !== null) {
        const correct = answer === card.answer;
        const s = suggestRating({ correct, kind: "multipleChoice", responseMs: answerMs });
        result = { ...result, correct, reason: s.reason, suggested: RATING_VALUE[s.rating] };
      } else if ((card.kind === "typed" || card.kind === "cloze") && answer !== null) {
        const grade = gradeTypedAnswer(answer, { answer: card.answer, acceptedAnswers: card.acceptedAnswers });
        const s = suggestRating({ correct: grade.correct, kind: "typed", responseMs: answerMs });
        result = { ...result, correct: grade.correct, reason: grade.reason, suggested: RATING_VALUE[s.rating] };
      } else if (card.kind !== "flashcard") {
        // Revealed without answering: nothing to grade, so it most likely needs to come back soon.
        result = { ...result, correct: false, reason: "Revealed without answering", suggested: 1 };
      }
      setBack(result);
      setAnnouncement(
        result.correct === null
          ? `Answer: ${card.answer}. Rate how well you knew it, keys 1 to 4.`
          : `${result.correct ? "Correct" : "Not quite"}.${result.reason && !PLAIN_VERDICTS.has(result.reason) ? ` ${result.reason}.` : ""} Answer: ${card.answer}. Suggested rating: ${RATING_NAME[result.suggested ?? 3]}.`,
      );
      focusAfterRender.current = "back";
    },
    [card, back],
  );

  /** The next card: from the cards that came with the last payload, else a refill from the server. */
  const advance = useCallback(
    async (answered: StudyCardView, saved: SavedReviewView, rating: number): Promise<boolean> => {
      const said = `Saved ${RATING_NAME[rating]}: back in ${saved.intervalLabel}.`;
      const [next, ...rest] = upcoming;
      if (next) {
        setAnnouncement(`${said} Next card.`);
        showCard({ card: next, upcoming: rest, counts: countsAfterAnswer(counts, answered.queueKind, saved.due), nextDue: null });
        return true;
      }
      const fresh = await requestJson<NextCardPayload>(`/api/study/next?deckId=${encodeURIComponent(deckId)}&after=${encodeURIComponent(answered.questionId)}`);
      if (!fresh.ok) {
        setError(`Your answer is saved, but the next card did not load (${fresh.error}). Press a grade again to retry.`);
        return false;
      }
      setAnnouncement(`${said}${fresh.data.card ? " Next card." : " Session complete."}`);
      showCard(fresh.data);
      return true;
    },
    [upcoming, counts, deckId, showCard],
  );

  const grade = useCallback(
    async (rating: number) => {
      if (!card || !back || pendingRef.current) return;
      pendingRef.current = true;
      setPending(true);
      setError(null);
      try {
        // Saved already (only the next card failed to load): move on without answering twice.
        let saved = savedRef.current?.key === keyRef.current ? savedRef.current.review : null;
        if (!saved) {
          const durationMs = Math.min(3_600_000, Math.max(0, Math.round(performance.now() - shownAt.current)));
          // next: false — the next card is already here (upcoming), or comes from one refill for several answers.
          const res = await requestJson<ReviewResponse>("/api/reviews", {
            method: "POST",
            body: { questionId: card.questionId, rating, idempotencyKey: keyRef.current, expectedVersion: card.version, answer: back.answer, durationMs, next: false },
          });
          if (!res.ok) {
            setError(res.error);
            if (res.status === 409) {
              const fresh = await requestJson<NextCardPayload>(`/api/study/next?deckId=${encodeURIComponent(deckId)}`);
              if (fresh.ok) showCard(fresh.data);
            }
            return;
          }
          saved = res.data.review;
          savedRef.current = { key: keyRef.current, review: saved };
          const correct = back.correct ?? rating > 1;
          setStats((s) => ({ reviewed: s.reviewed + 1, correct: s.correct + (correct ? 1 : 0), totalMs: s.totalMs + durationMs }));
          setDone((d) => d + 1);
          setHistory((h) => [...h.slice(-49), { logId: saved!.logId, correct, durationMs }]);
        }
        await advance(card, saved, saved.rating);
      } finally {
        pendingRef.current = false;
        setPending(false);
      }
    },
    [card, back, deckId, showCard, advance],
  );

  const undo = useCallback(async () => {
    if (!last || pendingRef.current) return;
    pendingRef.current = true;
    setPending(true);
    setError(null);
    const res = await requestJson<UndoResult>("/api/reviews/undo", { method: "POST", body: { logId: last.logId } });
    if (res.ok) {
      setStats((s) => ({ reviewed: s.reviewed - 1, correct: s.correct - (last.correct ? 1 : 0), totalMs: s.totalMs - last.durationMs }));
      setDone((d) => Math.max(0, d - 1));
      setHistory((h) => h.slice(0, -1));
      setAnnouncement("Last answer undone. The card is back.");
      showCard(res.data.next);
    } else {
      setError(res.error);
      setHistory([]);
    }
    pendingRef.current = false;
    setPending(false);
  }, [last, showCard]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      const inField = target?.tagName === "INPUT" || target?.tagName === "TEXTAREA" || target?.tagName === "SELECT";
      // Enter/Space on a focused link or button keeps its own meaning (that button may be a grade).
      const onControl = target?.tagName === "BUTTON" || target?.tagName === "A";
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "z") {
        // In the answer box Ctrl+Z edits the text; only an empty box lets it undo the last answer.
        if ((inField && (target as HTMLInputElement).value !== "") || !last) return;
        e.preventDefault();
        void undo();
        return;
      }
      if (inField || e.ctrlKey || e.metaKey || e.altKey || !card || pendingRef.current) return;
      if (!back) {
        if (card.kind === "multiple_choice") {
          const index = "1234".indexOf(e.key) >= 0 ? "1234".indexOf(e.key) : "abcd".indexOf(e.key.toLowerCase());
          const choice = index >= 0 && e.key.length === 1 ? card.choices[index] : undefined;
          if (choice !== undefined) {
            e.preventDefault();
            reveal(choice);
          }
        } else if ((e.key === " " || e.key === "Enter") && !onControl) {
          e.preventDefault();
          reveal(null);
        }
        return;
      }
      if (e.key.length === 1 && "1234".includes(e.key)) {
        e.preventDefault();
        void grade(Number(e.key));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, back, last, reveal, grade, undo]);

  const remaining = counts.new + counts.learning + counts.review;
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <ProgressBar value={done} max={done + remaining} label={`Today: ${done} done, ${remaining} remaining`} />
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <p data-testid="progress-text">
            <span className="font-semibold">{done}</span> done today · <span className="font-semibold">{remaining}</span> remaining
          </p>
          <p aria-label={`${counts.new} new, ${counts.learning} learning, ${counts.review} to review`}>
            <span className="text-brand-700 dark:text-brand-100">{counts.new} new</span> ·{" "}
            <span className="text-red-700 dark:text-red-300">{counts.learning} learning</span> ·{" "}
            <span className="text-green-700 dark:text-green-300">{counts.review} review</span>
          </p>
        </div>
      </div>

      <p aria-live="polite" className="sr-only" data-testid="announcement">
        {announcement}
      </p>
      {error ? (
        <p role="alert" data-testid="study-error" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800">
          {error}
        </p>
      ) : null}

      {card ? (
        <Card className="space-y-5" data-testid="study-card" data-question-id={card.questionId}>
          <div className="space-y-2">
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
              {card.queueKind === "new" ? "New" : card.queueKind === "learning" ? "Learning" : "Review"} ·{" "}
              {card.kind === "multiple_choice" ? "Multiple choice" : card.kind === "flashcard" ? "Flashcard" : card.kind === "cloze" ? "Fill in the blank" : "Type the answer"}
            </p>
            <h2 className="text-lg font-medium leading-relaxed sm:text-xl" id="card-prompt">
              {card.prompt}
            </h2>
          </div>

          {card.kind === "multiple_choice" ? (
            <ChoiceOptions
              ref={firstChoiceRef}
              choices={card.choices}
              answer={back ? card.answer : null}
              picked={back?.answer ?? null}
              disabled={pending}
              onPick={(c) => reveal(c)}
            />
          ) : null}

          {!back && (card.kind === "typed" || card.kind === "cloze") ? (
            <form
              className="flex flex-col gap-2 sm:flex-row"
              onSubmit={(e) => {
                e.preventDefault();
                reveal(typed.trim() ? typed : null);
              }}
            >
              <label htmlFor="typed-answer" className="sr-only">
                Your answer
              </label>
              <Input
                ref={inputRef}
                id="typed-answer"
                value={typed}
                maxLength={500}
                autoComplete="off"
                placeholder="Type your answer"
                onChange={(e) => setTyped(e.target.value)}
              />
              <Button type="submit">Check</Button>
              <Button type="button" variant="secondary" onClick={() => reveal(null)}>
                Show answer
              </Button>
            </form>
          ) : null}

          {!back && card.kind === "flashcard" ? (
            <Button ref={revealRef} size="lg" className="w-full sm:w-auto" onClick={() => reveal(null)}>
              Show answer <kbd className="rounded bg-black/20 px-1 text-xs">Space</kbd>
            </Button>
          ) : null}

          {back ? (
            <div className="space-y-4">
              {back.correct !== null ? (
                <p
                  className={
                    back.correct
                      ? "rounded-lg bg-green-50 px-3 py-2 text-green-900 dark:bg-green-950 dark:text-green-100"
                      : "rounded-lg bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950 dark:text-red-100"
                  }
                  data-testid="grade-result"
                >
                  <span className="font-semibold">{back.correct ? "Correct" : "Not quite"}</span>
                  {back.reason && !PLAIN_VERDICTS.has(back.reason) ? ` — ${back.reason}` : null}
                  {back.suggested ? <span className="block text-sm">Suggested rating: {RATING_NAME[back.suggested]} (press another key to override)</span> : null}
                  {back.answer !== null && card.kind !== "multiple_choice" ? <span className="block text-sm">You wrote: “{back.answer}”</span> : null}
                </p>
              ) : null}
              <div>
                <p className="text-sm text-slate-600 dark:text-slate-400">Answer</p>
                <p className="text-lg font-semibold" data-testid="card-answer">
                  {card.answer}
                </p>
              </div>
              {card.sourceSentence ? (
                <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-800 dark:border-slate-600 dark:text-slate-200">
                  <p>
                    <AnswerHighlight sentence={card.sourceSentence} answer={card.answer} />
                  </p>
                  {card.sourceHref ? (
                    <a href={card.sourceHref} className="mt-1 inline-block text-sm text-brand-700 underline underline-offset-2 dark:text-brand-100">
                      Read it in the article
                    </a>
                  ) : null}
                </blockquote>
              ) : null}
              <GradeButtons ref={gradeRef} intervals={card.intervals} suggested={back.suggested} disabled={pending} onGrade={(r) => void grade(r)} />
            </div>
          ) : null}
        </Card>
      ) : (
        <SessionSummary stats={stats} nextDue={nextDue} deckId={deckId} />
      )}

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-xs text-slate-600 dark:text-slate-400" id="keyboard-hints">
          {/* The keys that work right now: what a key does depends on the card and on whether it is answered. */}
          Keys:{" "}
          {back || !card ? (
            <>
              <kbd>1</kbd>–<kbd>4</kbd> grade (Again, Hard, Good, Easy) ·{" "}
            </>
          ) : card.kind === "multiple_choice" ? (
            <>
              <kbd>1</kbd>–<kbd>4</kbd> or <kbd>A</kbd>–<kbd>D</kbd> pick an option ·{" "}
            </>
          ) : card.kind === "flashcard" ? (
            <>
              <kbd>Space</kbd>/<kbd>Enter</kbd> show answer ·{" "}
            </>
          ) : (
            <>
              <kbd>Enter</kbd> check your answer ·{" "}
            </>
          )}
          <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Z</kbd> undo
        </p>
        <Button variant="secondary" size="sm" disabled={!last || pending} onClick={() => void undo()}>
          Undo last answer
        </Button>
      </div>
    </div>
  );
}
