import type { GeneratedQuestion } from "./types";

// Non-unicode-property classes: these run on every candidate and \p{…} classes are several times slower.
const normPrompt = (p: string) => p.toLowerCase().replace(/[\s!-\/:-@\[-`{-~“”‘’—–]+/g, " ").trim();
const normAnswer = (a: string) => a.toLowerCase().replace(/[\s!-\/:-@\[-`{-~“”‘’—–]+/g, "");

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
  const sorted = [...qs].sort((a, b) => b.score - a.score || a.sourceStart - b.sourceStart || (a.prompt < b.prompt ? -1 : a.prompt > b.prompt ? 1 : 0));
  const kept: T[] = [];
  const prompts = new Set<string>();
  const sentenceAnswer = new Set<string>();
  const byAnswer = new Map<string, Array<Set<string>>>();
  const clozeSentences = new Set<number>();
  for (const q of sorted) {
    const np = normPrompt(q.prompt);
    const na = normAnswer(q.answer);
    const sa = `${q.sourceStart}|${na}`;
    if (prompts.has(np) || sentenceAnswer.has(sa)) continue;
    const toks = tokens(q.prompt);
    const similar = byAnswer.get(na) ?? [];
    if (similar.some((t) => jaccard(t, toks) >= 0.5) || similar.length >= MAX_PER_ANSWER) continue;
    // One fill-in-the-blank per sentence: three blanks in the same sentence read as one card.
    if (q.kind === "cloze") {
      if (clozeSentences.has(q.sourceStart)) continue;
      clozeSentences.add(q.sourceStart);
    }
    prompts.add(np);
    sentenceAnswer.add(sa);
    similar.push(toks);
    byAnswer.set(na, similar);
    kept.push(q);
  }
  return kept;
}
