// Stage 1 helper: the terms a text defines ("openings called paddles or sluices", "is known as the tidal range").
// An explainer's facts are mostly such terms, and they carry no number or name for the other extractors to find:
// round 6 asked nothing about any of the six explainers of sets 28–33.
import type { FoundEntity } from "../entities";

// "is called", "are often known as", ", known as", "microbes called": a naming verb after a noun or a comma.
// ("The debt ceiling, also called the debt limit": "also" gives a synonym, and the card would hold its answer.)
const NAMING_RE = /(\b(?:is|are|was|were|be|been|being)\s+(?:(?:often|usually|sometimes|commonly|widely|simply|now|generally)\s+)?|,\s+(?:(?:often|usually|sometimes|commonly)\s+)?|\b(?!also\b)[a-z]{3,}\s+)(?:called|known as|termed|referred to as)\s+/g;
// One to four lower-case words ("amphidromic points", "alternate wetting and drying"), or a quoted term.
const WORD = "[a-z][a-z-]*";
const TERM_RE = new RegExp(`^(?:(?:a|an|the)\\s+)?(?:[“"]([^”"]{3,40})[”"]|(${WORD}(?:\\s+${WORD}){0,3}))(\\s+\\(([A-Z]{2,6})\\))?(?=\\s*(?:[,.;:—–]|$))`);
// Verbs that "called" forms with ("called off", "called for a vote") and words no term starts or ends with.
const NOT_A_TERM = /^(?:it|them|him|her|this|that|these|those|off|for|on|up|back|out|in|upon|the|a|an|and|or|of|to|from|by|at|into|with|after|before|around|across)$/;
// "experts called the findings convincing": after a bare noun, "called" is a verb unless the term follows at once.
const AFTER_NOUN_BLOCK = /^(?:also|then|now|which|who|that|he|she|they|we|i|you|it|and|but|has|have|had|was|were|is|are|be|been|people|experts|critics|officials|residents|fans)$/;

/** Terms the sentence defines, as entities of type "term"; never overlapping the entities already found. */
export function findTerms(sentence: string, taken: ReadonlyArray<{ start: number; end: number }>): FoundEntity[] {
  const out: FoundEntity[] = [];
  for (const m of sentence.matchAll(NAMING_RE)) {
    const lead = m[1] ?? "";
    const bareNoun = /^[a-z]/.test(lead) && !/^(?:is|are|was|were|be|been|being)\b/.test(lead);
    if (bareNoun && AFTER_NOUN_BLOCK.test(lead.trim())) continue;
    const at = (m.index ?? 0) + m[0].length;
    const t = TERM_RE.exec(sentence.slice(at));
    if (!t) continue;
    const determiner = /^(?:a|an|the)\s+/.exec(t[0])?.[0] ?? "";
    // After a bare noun a determiner means a verb's object ("called the findings convincing").
    if (bareNoun && determiner) continue;
    const term = (t[1] ?? t[2] ?? "").trim();
    const words = term.split(/\s+/);
    if (NOT_A_TERM.test(words[0] ?? "") || NOT_A_TERM.test(words[words.length - 1] ?? "")) continue;
    // The blank covers the quotation marks and "(ABBR)" too, so neither gives the term away; the answer is the term.
    const start = at + determiner.length;
    const end = at + t[0].length;
    if (taken.some((e) => e.start < end && start < e.end)) continue;
    const e: FoundEntity = { type: "term", text: sentence.slice(start, end), start, end, canonical: term, possessive: false };
    if (t[4]) e.unit = t[4];
    out.push(e);
  }
  return out;
}
