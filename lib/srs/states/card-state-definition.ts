import type { Card, CardState, RatingName } from "../types";

/** Which study-queue bucket a card is counted and shown in (Anki: new / learn / review). */
export type QueueKind = "new" | "learning" | "review";

/**
 * One card state of the scheduler state machine (after Anki's rslib/src/scheduler/states).
 * ts-fsrs computes the numbers; each state declares where it may go so the
 * machine can reject an unexpected transition instead of persisting it.
 */
export interface CardStateDefinition {
  readonly state: CardState;
  readonly name: "new" | "learning" | "review" | "relearning";
  readonly queue: QueueKind;
  /** States a card in this state may move to for each answer (depends on settings: e.g. no steps ⇒ straight to Review). */
  readonly transitions: Readonly<Record<RatingName, readonly CardState[]>>;
  /**
   * Can the card be studied at `now`? `dayEnd` is the end of the learner's
   * current day: day-granular states are due for the whole day, step-based ones to the minute.
   */
  isDue(card: Card, now: Date, dayEnd: Date): boolean;
}
