export type Sentence = { text: string; start: number; end: number };

// Tokens that end with a period but do not end a sentence. Lowercased, without the final dot.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "jr", "sr",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co", "dept", "approx", "est", "fig", "vol", "pp",
  "u.s", "u.n", "u.k", "e.u", "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a",
]);

// Capitalised words that, after an acronym such as "U.S.", signal a new sentence rather than
// a continuation like "U.S. Congress".
const SENTENCE_STARTERS = new Set([
  "The", "This", "That", "These", "Those", "It", "Its", "In", "However", "Moreover", "Furthermore", "But", "And",
  "As", "At", "On", "For", "He", "She", "They", "We", "I", "A", "An", "While", "Although", "Still", "Yet",
  "Meanwhile", "Therefore", "Thus", "Also", "After", "Before", "When", "Since", "There", "Such", "If", "Instead",
]);

const CLOSERS = "\"'”’)]";

/** Is the period at `dot` the end of an abbreviation/initial rather than a sentence? */
function isAbbreviation(body: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(body[i] ?? "")) i--;
  const token = body.slice(i + 1, dot);
  if (token === "") return false;
  if (ABBREVIATIONS.has(token.toLowerCase())) return true;
  // Single capital initial: "Sarah K. Yun".
  if (/^[A-Z]$/.test(token)) return true;
  // Dotted acronyms such as "U.S" or "D.P.R.K".
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(token)) return true;
  return false;
}

/**
 * Splits `body` into sentences with offsets such that body.slice(start, end) === text.
 * Paragraph breaks ("\n\n") always end a sentence; inside a paragraph a sentence ends at
 * . ! ? (plus closing quotes) followed by whitespace and an uppercase letter or opening quote.
 */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(body[s] ?? "")) s++;
    while (e > s && /\s/.test(body[e - 1] ?? "")) e--;
    if (e > s) out.push({ text: body.slice(s, e), start: s, end: e });
  };
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? "";
    if (ch === "\n" && body[i + 1] === "\n") {
      push(start, i);
      start = i + 2;
      i++;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < body.length && CLOSERS.includes(body[j] ?? "")) j++;
    if (j < body.length && !/\s/.test(body[j] ?? "")) continue; // "2.1%", "U.S." inside a token
    let k = j;
    while (k < body.length && /[ \t\n]/.test(body[k] ?? "")) k++;
    if (k >= body.length) continue; // end of text handled below
    const next = body[k] ?? "";
    if (body.slice(j, k).includes("\n\n")) continue; // paragraph break handled above
    // "e.g. the" does not end a sentence; "this year. 26 of the 28 nations" does (but "Mar. 2" is
    // caught by the abbreviation check below).
    if (!/[A-Z“"‘'(\[0-9]/.test(next)) continue;
    if (ch === "." && isAbbreviation(body, i)) {
      // "Mt." or "U.S." before a capitalised word is usually mid-sentence ("U.S. Congress"),
      // but an acronym followed by a typical sentence opener ("the U.S. Moreover, …") ends one.
      const nextWord = /^[A-Za-z]+/.exec(body.slice(k))?.[0] ?? "";
      const dottedAcronym = /[A-Z]\.[A-Z]$/.test(body.slice(Math.max(0, i - 3), i));
      if (!(dottedAcronym && SENTENCE_STARTERS.has(nextWord))) continue;
    }
    push(start, j);
    start = k;
    i = k - 1;
  }
  push(start, body.length);
  return out;
}
