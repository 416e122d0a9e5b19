import type { GeneratedQuestion } from "./types";

const normPrompt = (p: string) => p.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const normAnswer = (a: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function tokens(p: string): Set<string> {
  return new Set(normPrompt(p).split(" ").filter((w) => w.length > 2));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/**
 * Keeps the best question per "thing asked": identical prompts, the same answer from the same
 * sentence (an echo and a cloze of one fact), or the same answer with a near-identical prompt
 * from another sentence (a fact repeated in the article) are duplicates.
 */
const MAX_PER_ANSWER = 3; // a deck that answers "North Korea" ten times is not testing much

export function dedupeAndRank<T extends GeneratedQuestion>(qs: T[]): T[] {
  const sorted = [...qs].sort((a, b) => b.score - a.score || a.sourceStart - b.sourceStart || a.prompt.localeCompare(b.prompt));
  const kept: T[] = [];
  const prompts = new Set<string>();
  const sentenceAnswer = new Set<string>();
  const byAnswer = new Map<string, Array<Set<string>>>();
  for (const q of sorted) {
    const np = normPrompt(q.prompt);
    const na = normAnswer(q.answer);
    const sa = `${q.sourceStart}|${na}`;
    if (prompts.has(np) || sentenceAnswer.has(sa)) continue;
    const toks = tokens(q.prompt);
    const similar = byAnswer.get(na) ?? [];
    if (similar.some((t) => jaccard(t, toks) >= 0.5) || similar.length >= MAX_PER_ANSWER) continue;
    prompts.add(np);
    sentenceAnswer.add(sa);
    similar.push(toks);
    byAnswer.set(na, similar);
    kept.push(q);
  }
  return kept;
}
