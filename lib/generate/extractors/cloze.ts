import { escapeRegExp } from "@/lib/escape-regexp";
import type { ArticleContext, SentenceInfo } from "../article-context";
import { answerForEntity, truthsFor, type Candidate } from "../candidate";
import { STOP_WORDS } from "../lexicon";
import { SLOT, clauseWithSlot, leaks, selfContained } from "../prompt-text";
import { isEmbedded } from "./entity-echo";

const BLANK = "_____";


/**
 * Fallback for any informative sentence: blank out an entity or number (never a stop word).
 * Sentences without any entity get one blank on their rarest long content word.
 */
export function clozeQuestions(ctx: ArticleContext, info: SentenceInfo, wordCounts: Map<string, number>, alreadyAsked: ReadonlySet<string> = new Set()): Candidate[] {
  const out: Candidate[] = [];
  const s = info.sentence.text;
  if (s.split(/\s+/).length < 8 || /\?["”]?$/.test(s)) return out;
  const make = (start: number, end: number, answerText: string, build: () => Omit<Candidate, "prompt" | "info" | "unresolved" | "kind" | "family">) => {
    let withSlot = s.slice(0, start) + SLOT + s.slice(end);
    // Blank every other occurrence too, so the answer never leaks from elsewhere in the sentence
    // (the regex is only built when there is another occurrence: it is the hot path).
    if (withSlot.includes(answerText)) withSlot = withSlot.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(answerText)}(?![\\p{L}\\p{N}])`, "gu"), SLOT);
    const text = withSlot.length > 300 ? clauseWithSlot(withSlot) : withSlot;
    if (!text.includes(SLOT)) return;
    const resolved = selfContained(ctx, info, text);
    const prompt = `Fill in the blank: ${resolved.text.split(SLOT).join(BLANK)}`;
    const base = build();
    if (leaks(prompt, [base.answer, answerText])) return;
    out.push({ ...base, family: "cloze", prompt, info, kind: "cloze", unresolved: resolved.unresolved });
  };
  let any = false;
  for (const e of info.entities) {
    if (e.type === "name" && !e.text.includes(" ")) continue;
    if (e.type === "date" || e.type === "year") continue; // dates are asked as "when" questions
    if (isEmbedded(s, e, info.entities)) continue;
    if (/^[^\s:]{0,20}(?:\s[^\s:]+)?:\s/.test(s) && e.end <= (s.indexOf(":") + 1)) continue; // a "Japan:" label
    const ans = answerForEntity(ctx, info, e);
    if (!ans || (e.type !== "person" && ans.answer !== e.text && e.type !== "resolution" && e.type !== "country")) {
      if (!ans) continue;
    }
    any = true;
    if (alreadyAsked.has(ans.answer) || alreadyAsked.has(e.text)) continue;
    // The blank shows the surface form, so the answer is the surface (canonical accepted too).
    const answer = e.type === "resolution" || e.type === "country" || e.type === "organisation" || e.type === "city" || e.type === "zone" ? e.text : ans.answer;
    const accepted = [...new Set([ans.answer, ...ans.accepted])].filter((a) => a !== answer);
    const score = e.type === "ordinal" ? 0.45 : ctx.mainCountry === ans.answer ? 0.38 : 0.56;
    make(e.start, e.end, e.text, () => ({ answer, accepted, spec: { ...ans.spec, answer }, truths: truthsFor(info, e), score }));
  }
  if (!any) {
    // Content-word cloze: rarest long lowercase word in the article, never a stop word.
    // Adverbs (-ly), gerunds (-ing) and "nothing"-type pronouns make poor blanks.
    const words = [...s.matchAll(/\b[a-z][a-z-]{5,}\b/g)].filter((m) => !STOP_WORDS.has(m[0]) && !/(?:ly|ing)$/.test(m[0]) && !/thing$/.test(m[0]));
    words.sort((a, b) => (wordCounts.get(a[0]) ?? 0) - (wordCounts.get(b[0]) ?? 0) || b[0].length - a[0].length || a.index - b.index);
    const w = words[0];
    if (w) make(w.index, w.index + w[0].length, w[0], () => ({ answer: w[0], accepted: [], spec: { type: "name", answer: w[0] }, truths: [], score: 0.4 }));
  }
  return out;
}
