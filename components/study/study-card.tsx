"use client";

import { forwardRef, useImperativeHandle, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { StudyCardView } from "@/lib/server/study/study-types";
import { ratingLabel } from "@/lib/srs/ratings";
import { ChoiceOptions } from "./choice-options";
import { GradeButtons } from "./grade-buttons";
import { SourceQuote } from "./source-quote";
import { extraReason, type Back, type FocusTarget } from "./study-session-state";

const QUEUE_NAME = { new: "New", learning: "Learning", review: "Review" } as const;
const KIND_NAME: Record<StudyCardView["kind"], string> = {
  multiple_choice: "Multiple choice",
  flashcard: "Flashcard",
  cloze: "Fill in the blank",
  typed: "Type the answer",
};

/** Lets the session move focus to the next action on the card. */
export type StudyCardHandle = { focus: (target: Exclude<FocusTarget, "summary">) => void };

type Props = {
  card: StudyCardView;
  back: Back | null;
  typed: string;
  pending: boolean;
  onTyped: (text: string) => void;
  onReveal: (answer: string | null) => void;
  onGrade: (rating: number) => void;
};

/** One card: its front (options, answer box or reveal button) and, once answered, its back with the grades. */
export const StudyCard = forwardRef<StudyCardHandle, Props>(function StudyCard({ card, back, typed, pending, onTyped, onReveal, onGrade }, handle) {
  const revealRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const firstChoiceRef = useRef<HTMLButtonElement>(null);
  const gradeRef = useRef<HTMLButtonElement>(null);
  // Focus follows the next action: reveal/answer on the front, the suggested grade on the back.
  useImperativeHandle(handle, () => ({
    focus: (target) => (target === "back" ? gradeRef.current : (inputRef.current ?? firstChoiceRef.current ?? revealRef.current))?.focus(),
  }));
  const reason = back ? extraReason(back) : null;

  return (
    <Card className="space-y-5" data-testid="study-card" data-question-id={card.questionId}>
      <div className="space-y-2">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
          {QUEUE_NAME[card.queueKind]} · {KIND_NAME[card.kind]}
        </p>
        <h2 className="text-lg font-medium leading-relaxed sm:text-xl" id="card-prompt">
          {card.prompt}
        </h2>
      </div>

      {card.kind === "multiple_choice" ? (
        <ChoiceOptions ref={firstChoiceRef} choices={card.choices} answer={back ? card.answer : null} picked={back?.answer ?? null} disabled={pending} onPick={(c) => onReveal(c)} />
      ) : null}

      {!back && (card.kind === "typed" || card.kind === "cloze") ? (
        <form
          className="flex flex-col gap-2 sm:flex-row"
          onSubmit={(e) => {
            e.preventDefault();
            onReveal(typed.trim() ? typed : null);
          }}
        >
          <label htmlFor="typed-answer" className="sr-only">
            Your answer
          </label>
          <Input ref={inputRef} id="typed-answer" value={typed} maxLength={500} autoComplete="off" placeholder="Type your answer" onChange={(e) => onTyped(e.target.value)} />
          <Button type="submit">Check</Button>
          <Button type="button" variant="secondary" onClick={() => onReveal(null)}>
            Show answer
          </Button>
        </form>
      ) : null}

      {!back && card.kind === "flashcard" ? (
        <Button ref={revealRef} size="lg" className="w-full sm:w-auto" onClick={() => onReveal(null)}>
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
              {reason ? ` — ${reason}` : null}
              {back.suggested ? <span className="block text-sm">Suggested rating: {ratingLabel(back.suggested)} (press another key to override)</span> : null}
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
            <SourceQuote sentence={card.sourceSentence} span={card.sourceAnswerSpan} href={card.sourceHref} />
          ) : null}
          <GradeButtons ref={gradeRef} intervals={card.intervals} suggested={back.suggested} disabled={pending} onGrade={onGrade} />
        </div>
      ) : null}
    </Card>
  );
});
