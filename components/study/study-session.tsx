"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { NextCardPayload, StudyCardView } from "@/lib/server/study/study-types";
import { SessionSummary } from "./session-summary";
import { isHiddenCard } from "./study-session-state";
import { StudyCard, type StudyCardHandle } from "./study-card";
import { useStudySession } from "./use-study-session";

/** Runs a study session: one card at a time, one POST per answer, keyboard first. State lives in useStudySession. */
export function StudySession({ deckId, initial, doneToday }: { deckId: string; initial: NextCardPayload; doneToday: number }) {
  const { state, last, canUndo, reveal, setTyped, grade, undo, hide } = useStudySession(deckId, initial, doneToday);
  const { card, back, counts, done, pending, error, announcement, focus } = state;
  const cardRef = useRef<StudyCardHandle>(null);

  useEffect(() => {
    if (!focus) return;
    if (focus.target === "summary") document.getElementById("summary-heading")?.focus();
    else cardRef.current?.focus(focus.target);
  }, [focus]);

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
        <StudyCard ref={cardRef} card={card} back={back} typed={state.typed} pending={pending} onTyped={setTyped} onReveal={reveal} onGrade={(r) => void grade(r)} />
      ) : (
        <SessionSummary stats={state.stats} nextDue={state.nextDue} deckId={deckId} />
      )}

      <div className="flex flex-wrap items-center justify-between gap-3">
        <KeyHints card={card} answered={back !== null} />
        <div className="flex flex-wrap gap-2">
          {card ? (
            <>
              <Button variant="ghost" size="sm" disabled={pending} onClick={() => void hide("suspend")} aria-keyshortcuts="S">
                Suspend card
              </Button>
              <Button variant="ghost" size="sm" disabled={pending} onClick={() => void hide("bury")} aria-keyshortcuts="-">
                Bury until tomorrow
              </Button>
            </>
          ) : null}
          <Button variant="secondary" size="sm" disabled={!canUndo || pending} onClick={() => void undo()}>
            {last && isHiddenCard(last) ? (last.hidden === "suspend" ? "Undo suspend" : "Undo bury") : "Undo last answer"}
          </Button>
        </div>
      </div>
    </div>
  );
}

/** The keys that work right now: what a key does depends on the card and on whether it is answered. */
function KeyHints({ card, answered }: { card: StudyCardView | null; answered: boolean }) {
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400" id="keyboard-hints">
      Keys:{" "}
      {answered || !card ? (
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
      {card ? (
        <>
          <kbd>S</kbd> suspend · <kbd>-</kbd> bury until tomorrow (outside the answer box) ·{" "}
        </>
      ) : null}
      <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Z</kbd> undo
    </p>
  );
}
