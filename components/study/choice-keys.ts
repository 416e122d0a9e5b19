/** Letters shown beside multiple-choice options; A–D are also keys. */
export const CHOICE_LETTERS = ["A", "B", "C", "D", "E", "F"] as const;

/**
 * The option a key picks, for the study card and the quiz alike: 1–4 or A–D (either case) pick the
 * first four options; anything else (or an option that is not there) picks nothing.
 */
export function choiceForKey<T>(key: string, choices: readonly T[]): T | undefined {
  if (key.length !== 1) return undefined;
  const byNumber = "1234".indexOf(key);
  const index = byNumber >= 0 ? byNumber : "abcd".indexOf(key.toLowerCase());
  return index >= 0 ? choices[index] : undefined;
}
