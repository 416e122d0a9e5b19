/** Text folding shared by the grader: case, accents, quote/dash variants, whitespace. */

const LIGATURES: Record<string, string> = { æ: "ae", œ: "oe", ß: "ss", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

export function foldText(input: string): string {
  return input
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[æœßøłđðþı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** "The Hague" → "hague"; only a leading article, and never the whole answer. */
export function stripLeadingArticle(folded: string): string {
  return folded.replace(/^(?:the|a|an)\s+(?=\S)/, "");
}

/**
 * Letters, digits and money/percent signs only. Decimal points and digit-group
 * commas survive (between digits) so "2.1" never equals "21".
 */
export function plainForm(input: string): string {
  return stripLeadingArticle(foldText(input))
    .replace(/[^\p{L}\p{N}.,$€£¥₩₹%]+/gu, "")
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, "");
}
