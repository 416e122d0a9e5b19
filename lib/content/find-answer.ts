import { escapeRegExp } from "@/lib/escape-regexp";

/** Where the answer sits in the sentence: a whole-word match first ("1" not inside "2011"), else any match. */
export function findAnswer(sentence: string, answer: string): [number, number] | null {
  const needle = answer.trim();
  if (!needle) return null;
  const escaped = escapeRegExp(needle);
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").exec(sentence);
  if (word) return [word.index, word.index + word[0].length];
  const at = sentence.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? null : [at, at + needle.length];
}
