import { CardState, type RatingName } from "../types";
import type { CardStateDefinition } from "./card-state-definition";
import { learningState } from "./learning-state";
import { newState } from "./new-state";
import { relearningState } from "./relearning-state";
import { reviewState } from "./review-state";

export type { CardStateDefinition, QueueKind } from "./card-state-definition";
export { learningState, newState, relearningState, reviewState };

const BY_STATE: Record<CardState, CardStateDefinition> = {
  [CardState.New]: newState,
  [CardState.Learning]: learningState,
  [CardState.Review]: reviewState,
  [CardState.Relearning]: relearningState,
};

export function stateDefinition(state: CardState): CardStateDefinition {
  return BY_STATE[state];
}

export class InvalidTransitionError extends Error {
  constructor(from: CardState, rating: RatingName, to: CardState) {
    super(`Scheduler moved a ${BY_STATE[from].name} card to ${BY_STATE[to].name} on "${rating}"`);
    this.name = "InvalidTransitionError";
  }
}

export function assertTransition(from: CardState, rating: RatingName, to: CardState): void {
  if (!BY_STATE[from].transitions[rating].includes(to)) throw new InvalidTransitionError(from, rating, to);
}
