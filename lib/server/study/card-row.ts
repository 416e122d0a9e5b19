import "server-only";
import { toCardState } from "@/lib/srs/card";
import type { Card } from "@/lib/srs/types";

/** The scheduling columns of a Card row, as selected by the study queries. */
export const CARD_SCHEDULING_SELECT = {
  id: true,
  questionId: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
  version: true,
} as const;

/** A Card as its row stores it: the state is a plain integer until toSrsCard checks it. */
export type CardSchedulingRow = Omit<Card, "state"> & { state: number };

export function toSrsCard(row: CardSchedulingRow): Card {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: toCardState(row.state),
    lastReview: row.lastReview,
  };
}

type RawNumber = number | bigint;
/** A Card's scheduling columns as raw SQL returns them: integers may be bigint, dates Date or ISO text. */
export type RawCardScheduling = Record<
  "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps" | "reps" | "lapses" | "state" | "version",
  RawNumber
> & { due: Date | string; lastReview: Date | string | null };

/** The hot paths read cards with raw SQL; this gives them the same row the model API would. */
export function cardSchedulingFromRaw(r: RawCardScheduling): CardSchedulingRow & { version: number } {
  return {
    due: new Date(r.due),
    stability: Number(r.stability),
    difficulty: Number(r.difficulty),
    elapsedDays: Number(r.elapsedDays),
    scheduledDays: Number(r.scheduledDays),
    learningSteps: Number(r.learningSteps),
    reps: Number(r.reps),
    lapses: Number(r.lapses),
    state: Number(r.state),
    lastReview: r.lastReview === null ? null : new Date(r.lastReview),
    version: Number(r.version),
  };
}
