import type { CardStatInput } from "./types";

/** Studied cards the learner struggles with most: most lapses, then most Again answers, then fewest attempts. */
export function hardestCards<C extends Pick<CardStatInput, "questionId" | "lapses" | "againCount" | "attempts">>(
  cards: readonly C[],
  limit = 10,
): C[] {
  return cards
    .filter((c) => c.lapses > 0 || c.againCount > 0)
    .sort((a, b) => b.lapses - a.lapses || b.againCount - a.againCount || a.attempts - b.attempts || a.questionId.localeCompare(b.questionId))
    .slice(0, limit);
}
