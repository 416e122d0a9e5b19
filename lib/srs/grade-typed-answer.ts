import { damerauLevenshtein } from "./grading/damerau-levenshtein";
import { foldText, plainForm, stripLeadingArticle } from "./grading/normalize";
import { sameNumber, semanticTokens, type SemanticToken } from "./grading/semantic-tokens";
import { splitList } from "./grading/split-list";

export type GradeKind =
  | "exact"
  | "normalized" // case, punctuation, accents, articles, spacing, hyphens
  | "number-format" // same quantity written differently
  | "list-order" // same items, any order / separators
  | "typo" // within the allowed edit distance
  | "wrong"
  | "empty";

export interface TypedAnswerKey {
  answer: string;
  acceptedAnswers?: readonly string[];
}

export interface TypedAnswerGrade {
  correct: boolean;
  /** The key (answer or accepted alternative) that matched, or null. */
  matched: string | null;
  /** Short human explanation shown to the learner. */
  reason: string;
  kind: GradeKind;
}

/** Edits tolerated for an expected answer of `letters` letters. */
export function allowedTypos(letters: number): number {
  if (letters <= 3) return 0;
  if (letters <= 7) return 1;
  return 2;
}

/**
 * Lenient, explainable grading of a typed answer. Checks, strictest first,
 * against the answer and then each accepted alternative: exact → ignoring
 * case/punctuation/accents/articles/spacing → same quantities written
 * differently → same list items in any order → small typos. Numbers are never
 * subject to typo tolerance: every amount, digit and ordinal must match.
 */
export function gradeTypedAnswer(given: string, key: TypedAnswerKey): TypedAnswerGrade {
  const keys = [key.answer, ...(key.acceptedAnswers ?? [])].filter((k) => k.trim() !== "");
  if (given.trim() === "") return { correct: false, matched: null, reason: "No answer given", kind: "empty" };

  const levels: Array<[Exclude<GradeKind, "typo" | "wrong" | "empty">, (g: string, k: string) => boolean]> = [
    ["exact", (g, k) => g.trim() === k.trim()],
    ["normalized", (g, k) => plainForm(g) === plainForm(k)],
    ["number-format", (g, k) => sameTokens(tokensOf(g), tokensOf(k))],
    ["list-order", (g, k) => listsMatch(g, k)],
  ];
  for (const [kind, test] of levels) {
    for (const k of keys) {
      if (test(given, k)) return accept(kind, k, key.answer);
    }
  }

  let best: { k: string; typos: number } | null = null;
  for (const k of keys) {
    const typos = typoDistance(given, k);
    if (typos !== null && (best === null || typos < best.typos)) best = { k, typos };
  }
  if (best) {
    const n = `${best.typos} typo${best.typos === 1 ? "" : "s"}`;
    const reason = best.k === key.answer ? `Close enough: ${n}` : `Close enough to alternative “${best.k}”: ${n}`;
    return { correct: true, matched: best.k, reason, kind: "typo" };
  }
  return { correct: false, matched: null, reason: `Wrong: expected “${key.answer}”`, kind: "wrong" };
}

function accept(kind: Exclude<GradeKind, "typo" | "wrong" | "empty">, matched: string, primary: string): TypedAnswerGrade {
  const reasons = {
    exact: "Exact match",
    normalized: "Matched ignoring case and punctuation",
    "number-format": "Same amount written differently",
    "list-order": "Same items, in any order",
  } as const;
  const reason = matched === primary ? reasons[kind] : `Accepted alternative “${matched}”`;
  return { correct: true, matched, reason, kind };
}

function tokensOf(answer: string): SemanticToken[] {
  return mergeWords(semanticTokens(stripLeadingArticle(foldText(answer))));
}

/** Adjacent words are joined so "Yong-nam", "Yong nam" and "Yongnam" compare equal. */
function mergeWords(tokens: readonly SemanticToken[]): SemanticToken[] {
  const out: SemanticToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (t.type === "word" && last?.type === "word") out[out.length - 1] = { type: "word", text: last.text + t.text };
    else out.push(t);
  }
  return out;
}

function sameQuantity(given: SemanticToken, expected: SemanticToken): boolean {
  if (given.type === "number" && expected.type === "number") {
    // A bare amount is accepted for a unit the question already implies ("10 billion" for "$10 billion").
    return sameNumber(given.value, expected.value) && (given.unit === expected.unit || given.unit === null);
  }
  return given.type === "ordinal" && expected.type === "ordinal" && given.value === expected.value;
}

function sameTokens(given: readonly SemanticToken[], expected: readonly SemanticToken[]): boolean {
  return (
    given.length === expected.length &&
    given.every((g, i) => {
      const e = expected[i] as SemanticToken;
      return g.type === "word" ? e.type === "word" && e.text === g.text : sameQuantity(g, e);
    })
  );
}

/**
 * Edits needed on the words, or null when not within tolerance. Quantities
 * must already be identical, so a typo can never turn one number into another.
 * When both answers have the same number of words, each word must also be
 * within its own budget, so "Kim Jong-il" is not a 2-typo "Kim Jong-un".
 */
function typoDistance(given: string, expected: string): number | null {
  const g = semanticTokens(stripLeadingArticle(foldText(given)));
  const e = semanticTokens(stripLeadingArticle(foldText(expected)));
  const gq = g.filter((t) => t.type !== "word");
  const eq = e.filter((t) => t.type !== "word");
  if (gq.length !== eq.length || !gq.every((t, i) => sameQuantity(t, eq[i] as SemanticToken))) return null;
  const words = (ts: readonly SemanticToken[]) => ts.flatMap((t) => (t.type === "word" ? [t.text] : []));
  const gw = words(g);
  const ew = words(e);
  const limit = allowedTypos(ew.join("").length);
  if (limit === 0) return null;
  if (gw.length === ew.length) {
    let total = 0;
    for (const [i, w] of ew.entries()) {
      const wordLimit = allowedTypos(w.length);
      const d = damerauLevenshtein(gw[i] as string, w, wordLimit);
      if (d > wordLimit) return null;
      total += d;
    }
    return total >= 1 && total <= limit ? total : null;
  }
  // Word boundaries differ ("Kim Jongun"): compare the joined letters, quantities as one placeholder each.
  const skeleton = (ts: readonly SemanticToken[]) => ts.map((t) => (t.type === "word" ? t.text : "\u0000")).join("");
  const d = damerauLevenshtein(skeleton(g), skeleton(e), limit);
  return d >= 1 && d <= limit ? d : null;
}

function listsMatch(given: string, expected: string): boolean {
  const e = splitList(expected);
  const g = splitList(given);
  if (e.length < 2 || g.length !== e.length) return false;
  const unused = new Set(e.map((_, i) => i));
  // Greedy is enough: items of one answer are distinct, so a given item matches at most one expected item.
  return g.every((item) => {
    for (const i of unused) {
      const exp = e[i] as string;
      if (plainForm(item) === plainForm(exp) || sameTokens(tokensOf(item), tokensOf(exp)) || typoDistance(item, exp) !== null) {
        unused.delete(i);
        return true;
      }
    }
    return false;
  });
}
