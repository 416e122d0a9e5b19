import type { CardStatInput } from "./types";

export type StateCounts = { new: number; learning: number; review: number; relearning: number };

export function countStates(cards: readonly Pick<CardStatInput, "state">[]): StateCounts {
  const out: StateCounts = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const c of cards) {
    if (c.state === 1) out.learning++;
    else if (c.state === 2) out.review++;
    else if (c.state === 3) out.relearning++;
    else out.new++;
  }
  return out;
}
