/** The sizes a quiz is started with (the start action accepts these). */
export const QUIZ_SIZES = [5, 10, 20] as const;

/**
 * The size choices for a deck with `available` quizzable questions: a size the deck cannot fill is offered once, as
 * "All N" (a nine-question deck offers 5 and "All 9", not a 10 and a 20 that both give nine), and the default is 10
 * where the deck has more, else the largest choice.
 */
export function quizSizeChoices(available: number): { value: number; label: string; checked: boolean }[] {
  const shown = QUIZ_SIZES.filter((n, i) => i === 0 || (QUIZ_SIZES[i - 1] ?? 0) < available);
  const preferred = shown.includes(10) && available > 10 ? 10 : shown[shown.length - 1];
  return shown.map((n) => ({ value: n, label: n >= available ? `All ${available}` : String(n), checked: n === preferred }));
}
