import { CardState } from "../types";
import type { CardStateDefinition } from "./card-state-definition";

/** Graduated; intervals in whole days, so due for the learner's whole day. */
export const reviewState: CardStateDefinition = {
  state: CardState.Review,
  name: "review",
  queue: "review",
  transitions: {
    // A lapse: relearning steps if any, else straight back to Review with a shorter interval.
    again: [CardState.Relearning, CardState.Review],
    hard: [CardState.Review],
    good: [CardState.Review],
    easy: [CardState.Review],
  },
  isDue: (card, _now, dayEnd) => card.due.getTime() < dayEnd.getTime(),
};
