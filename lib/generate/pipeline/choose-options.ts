// Stage 4, distractors: decides the question's kind. Multiple choice only when three wrong options of
// the answer's own type, scale and format exist and none is also true; otherwise the learner types the
// answer, which tests more than four weak options would.
import { chooseDistractors, orderChoices } from "../distractors";
import { COUNTRIES } from "../gazetteers/countries";
import { stableOrder } from "../stable-hash";
import type { DistractorPool, QuestionKind } from "../types";
import type { Analysis } from "./analyse-article";
import type { Realised } from "./realise-question";

export type Options = { kind: QuestionKind; choices?: string[] };

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** "$4 million" and "€41.60" differ in format: options must share the answer's symbol and unit words. */
function sameFormat(answer: string, option: string): boolean {
  const shape = (s: string) => s.replace(/\d+/g, "#").replace(/#,#/g, "#").replace(/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi, "#").toLowerCase();
  return shape(answer) === shape(option);
}

const STOP = new Set("which what who how much many with from into about over that this have has had been were was their there they them also than more most some such the and for".split(" "));
const stems = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)));

/** Whether another sentence of the article says about `option` what the prompt says about the answer. */
function alsoTrue(a: Analysis, r: Realised, option: string): boolean {
  const optionStems = stems(option);
  const key = [...stems(r.prompt)].filter((w) => !optionStems.has(w) && !stems(r.answer.answer).has(w));
  return a.ctx.sentences.some((info) => {
    if (info.index === r.fact.info.index || !info.sentence.text.includes(option)) return false;
    const here = stems(info.sentence.text.replace(option, " "));
    return key.filter((w) => here.has(w)).length >= 2;
  });
}

function fromArticle(a: Analysis, r: Realised, values: string[]): string[] | null {
  const truths = new Set([r.answer.answer, ...r.answer.accepted, ...r.fact.truths].map(norm));
  const prompt = r.prompt.toLowerCase();
  // "Pyongyang's propaganda" rules out North Korea as an option, as "Moroccan" rules out Morocco.
  const named = new Set(COUNTRIES.filter((c) => [c.name, c.capital, ...c.demonyms].some((x) => x && prompt.includes(x.toLowerCase()))).map((c) => c.name.toLowerCase()));
  values = values.filter((v) => !named.has(v.toLowerCase()));
  // A state that had ended by the article's year ("Soviet Union" in 2014) is no plausible option.
  const year = a.ctx.ref.year;
  const ended = new Set(COUNTRIES.filter((c) => c.until !== undefined && year !== null && c.until < year).map((c) => c.name.toLowerCase()));
  values = values.filter((v) => !ended.has(v.toLowerCase()));
  // An option the article says the same thing about is also true ("improving relations with South Korea"
  // elsewhere rules South Korea out for "which country has North Korea moved to improve relations with?").
  values = values.filter((v) => !alsoTrue(a, r, v));
  const picked = stableOrder(
    [...new Set(values)].filter((v) => !truths.has(norm(v)) && !prompt.includes(v.toLowerCase()) && ![...truths].some((t) => t.includes(norm(v)) || norm(v).includes(t))),
    r.prompt,
    (s) => s,
  ).slice(0, 3);
  return picked.length === 3 ? picked : null;
}

/** "196 points out of a possible 220": an option above the maximum the prompt states is ruled out by the prompt itself. */
function withinStatedMaximum(prompt: string, option: string): boolean {
  const max = /\bout of (?:a (?:possible|maximum(?: of)?)\s+)?([\d,]+(?:\.\d+)?)\b/i.exec(prompt)?.[1];
  const value = /[\d,]+(?:\.\d+)?/.exec(option)?.[0];
  if (!max || !value) return true;
  return Number(value.replace(/,/g, "")) < Number(max.replace(/,/g, ""));
}

export function chooseOptions(a: Analysis, r: Realised, pool: DistractorPool | undefined): Options {
  if (r.form === "cloze") return { kind: "cloze" };
  const answer = r.answer.answer;
  if (answer.length > 40 || answer.split(/\s+/).length > 6) return { kind: "flashcard" };
  const type = r.answer.spec.type;
  let distractors: string[] | null = null;
  // A person is typed, never picked: in the blind reads of fresh sets 5-15, "who said" with four people
  // was accepted 0 times in 10 (a firm or the same person twice among the options, or coaches offered for a
  // blocker), the same question typed 24 times in 36. Recalling a name is also the better test.
  if (type === "person") return { kind: "typed" };
  if (type === "money" || type === "percent" || type === "quantity") {
    const found = chooseDistractors(r.answer.spec, pool, r.fact.truths, r.prompt);
    distractors = found && found.every((d) => sameFormat(answer, d) && withinStatedMaximum(r.prompt, d)) ? found : null;
  } else if (type === "country" || type === "city" || type === "organisation") distractors = fromArticle(a, r, pool?.get(type) ?? []);
  if (!distractors) return { kind: "typed" };
  return { kind: "multiple_choice", choices: orderChoices(answer, distractors, r.prompt) };
}
