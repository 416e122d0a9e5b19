import { CardState } from "../types";
import type { CardStateDefinition } from "./card-state-definition";

/** Never answered. Always available; the daily new limit is the queue's business. */
export const newState: CardStateDefinition = {
  state: CardState.New,
  name: "new",
  queue: "new",
  transitions: {
    // With learning steps the card enters Learning; with none (or a ≥1 day step) it graduates at once.
    again: [CardState.Learning, CardState.Review],
    hard: [CardState.Learning, CardState.Review],
    good: [CardState.Learning, CardState.Review],
    easy: [CardState.Review],
  },
  isDue: () => true,
};
