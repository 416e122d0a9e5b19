"use client";

import { forwardRef } from "react";
import { cn } from "@/components/ui/cn";
import { CHOICE_LETTERS } from "./choice-keys";


/** Multiple-choice options; after answering, marks the right one and the learner's pick. */
export const ChoiceOptions = forwardRef<HTMLButtonElement, {
  choices: string[];
  answer: string | null;
  picked: string | null;
  disabled: boolean;
  onPick: (choice: string) => void;
}>(function ChoiceOptions({ choices, answer, picked, disabled, onPick }, firstRef) {
  const revealed = answer !== null;
  return (
    <ul className="grid gap-2" aria-label="Options">
      {choices.map((choice, i) => {
        const isRight = revealed && choice === answer;
        const isWrongPick = revealed && choice === picked && choice !== answer;
        return (
          <li key={choice}>
            <button
              ref={i === 0 ? firstRef : undefined}
              type="button"
              disabled={disabled || revealed}
              onClick={() => onPick(choice)}
              className={cn(
                "flex w-full items-start gap-3 rounded-lg px-4 py-3 text-left ring-1 ring-inset transition-colors disabled:cursor-default",
                !revealed && "bg-white ring-slate-300 hover:bg-slate-50 dark:bg-slate-800 dark:ring-slate-600 dark:hover:bg-slate-700",
                revealed && !isRight && !isWrongPick && "bg-white text-slate-600 ring-slate-200 dark:bg-slate-900 dark:text-slate-400 dark:ring-slate-700",
                isRight && "bg-green-50 text-green-950 ring-2 ring-green-700 dark:bg-green-950 dark:text-green-100 dark:ring-green-500",
                isWrongPick && "bg-red-50 text-red-950 ring-2 ring-red-700 dark:bg-red-950 dark:text-red-100 dark:ring-red-500",
              )}
            >
              <kbd className="rounded bg-slate-200 px-1.5 font-mono text-sm text-slate-800 dark:bg-slate-700 dark:text-slate-100">{CHOICE_LETTERS[i]}</kbd>
              <span className="flex-1">{choice}</span>
              {isRight ? <span className="text-sm font-semibold">✓ Correct{choice === picked ? " (your pick)" : ""}</span> : null}
              {isWrongPick ? <span className="text-sm font-semibold">✗ Your pick</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
});
