import "server-only";

/**
 * The WrongAnswerStat key of an answer, or null when it is not counted: only wrong answers the
 * learner produced (typed, cloze, multiple choice), normalized so "  The EU." and "the eu" group.
 */
export function wrongAnswerKey(kind: string, answer: string | null | undefined, correct: boolean | null): string | null {
  if (correct !== false || !answer || kind === "flashcard") return null;
  const key = answer.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").replace(/[.!?]+$/, "").trim().slice(0, 200);
  return key === "" ? null : key;
}
