"use client";

import { forwardRef } from "react";
import { cn } from "@/components/ui/cn";
import { RATING_LABEL, RATING_VALUE } from "@/lib/srs/ratings";
import { RATINGS, type RatingName } from "@/lib/srs/types";

type Labels = Record<RatingName, string>;

const TONE: Record<RatingName, string> = {
  again: "bg-red-700 hover:bg-red-800 text-white",
  hard: "bg-amber-700 hover:bg-amber-800 text-white",
  good: "bg-green-700 hover:bg-green-800 text-white",
  easy: "bg-brand-600 hover:bg-brand-700 text-white",
};

const GRADES = RATINGS.map((key) => ({ key, rating: RATING_VALUE[key], name: RATING_LABEL[key], tone: TONE[key] }));

/** Again/Hard/Good/Easy, each showing when the card would come back; the suggested one is ringed. */
export const GradeButtons = forwardRef<HTMLButtonElement, {
  intervals: Labels;
  suggested: number | null;
  disabled: boolean;
  onGrade: (rating: number) => void;
}>(function GradeButtons({ intervals, suggested, disabled, onGrade }, focusRef) {
  const focusRating = suggested ?? 3;
  return (
    <div role="group" aria-label="Rate how well you knew it" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {GRADES.map((g) => (
        <button
          key={g.rating}
          ref={g.rating === focusRating ? focusRef : undefined}
          type="button"
          disabled={disabled}
          data-rating={g.rating}
          onClick={() => onGrade(g.rating)}
          className={cn(
            "flex flex-col items-center rounded-lg px-3 py-2 font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60",
            g.tone,
            suggested === g.rating && "ring-4 ring-offset-2 ring-brand-500 ring-offset-white dark:ring-offset-slate-900",
          )}
        >
          <span>
            {g.name} <kbd className="ml-1 rounded bg-black/20 px-1 text-xs">{g.rating}</kbd>
          </span>
          <span className="text-sm" data-testid={`interval-${g.key}`}>
            {intervals[g.key]}
          </span>
          {/* Visible text first, so the accessible name starts with what sighted users read. */}
          <span className="sr-only"> until the next review{suggested === g.rating ? ", suggested" : ""}</span>
        </button>
      ))}
    </div>
  );
});
