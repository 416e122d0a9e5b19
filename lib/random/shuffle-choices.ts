import { seededRandom } from "./seeded-random";
import { stableHash } from "./stable-hash";

/**
 * Stable per-review order of multiple-choice options: seeded with card id + reps, so a reload
 * shows the same order but the next review of the card shows a new one. Pure: no server or
 * browser API, so either side may call it.
 */
export function shuffleChoices<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(stableHash(seed));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
