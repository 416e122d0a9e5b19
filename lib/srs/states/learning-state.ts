import { CardState } from "../types";
import type { CardStateDefinition } from "./card-state-definition";

/** Walking the learning steps (minutes apart), due to the minute. */
export const learningState: CardStateDefinition = {
  state: CardState.Learning,
  name: "learning",
  queue: "learning",
  transitions: {
    again: [CardState.Learning, CardState.Review],
    hard: [CardState.Learning, CardState.Review],
    // Good on the last step graduates.
    good: [CardState.Learning, CardState.Review],
    easy: [CardState.Review],
  },
  isDue: (card, now) => card.due.getTime() <= now.getTime(),
};
