import { CardState } from "../types";
import type { CardStateDefinition } from "./card-state-definition";

/** Lapsed review walking the relearning steps; shown in the learning queue like Anki. */
export const relearningState: CardStateDefinition = {
  state: CardState.Relearning,
  name: "relearning",
  queue: "learning",
  transitions: {
    again: [CardState.Relearning, CardState.Review],
    hard: [CardState.Relearning, CardState.Review],
    good: [CardState.Relearning, CardState.Review],
    easy: [CardState.Review],
  },
  isDue: (card, now) => card.due.getTime() <= now.getTime(),
};
