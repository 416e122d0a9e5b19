import type { GeneratedQuestion } from "@/lib/generate/types";

/**
 * A fact read by a person from the article: the expected answer and words that identify the
 * question (all must occur in the prompt, case-insensitively).
 */
export type Fact = { answer: string; keywords: string[]; note?: string };

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}%$.]+/gu, " ").replace(/\s+/g, " ").trim();

/** The question that asks this fact with the right answer, if any. */
export function findFact(questions: GeneratedQuestion[], fact: Fact): GeneratedQuestion | undefined {
  const want = norm(fact.answer);
  return questions.find((q) => {
    const answers = [q.answer, ...q.acceptedAnswers].map(norm);
    if (!answers.includes(want)) return false;
    const p = q.prompt.toLowerCase();
    return fact.keywords.every((k) => p.includes(k.toLowerCase()));
  });
}

export function coverage(questions: GeneratedQuestion[], facts: Fact[]): { ratio: number; missing: Fact[] } {
  const missing = facts.filter((f) => !findFact(questions, f));
  return { ratio: facts.length === 0 ? 0 : (facts.length - missing.length) / facts.length, missing };
}
