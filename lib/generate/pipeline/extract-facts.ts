// Stage 2, facts: what each sentence states that a reader could be asked — one answer (an actor, a
// place, an amount, a date) with the sentence it comes from, or an attributed quotation. No English
// is written here; the realise stage turns facts into prompts.
import type { SentenceInfo } from "../article-context";
import { answerForEntity, truthsFor, type AnswerInfo } from "../candidate";
import type { FoundEntity } from "../entities";
import { quoteQuestions } from "../extractors/quote";
import type { Analysis } from "./analyse-article";

export type EntityFact = {
  kind: "entity";
  info: SentenceInfo;
  entity: FoundEntity;
  answer: AnswerInfo;
  truths: string[];
  /** how much the fact is worth asking, before the prompt is written (0..1) */
  weight: number;
  /** stated past where a news report's cards hold up (its lead; a results story's or a study's first three paragraphs) */
  late: boolean;
  /** where someone went ("visited _____", "a visit to _____"): who went where is what a reader keeps of a trip */
  destination: boolean;
};

export type QuoteFact = {
  kind: "quote";
  info: SentenceInfo;
  prompt: string;
  answer: AnswerInfo;
  truths: string[];
  weight: number;
};

export type Fact = EntityFact | QuoteFact;

// Kinds of answer a teacher asks for, and how much each is usually worth. Ordinals, bare numbers and
// unknown one-word names are left out: "the _____ phase", "about _____" test nothing.
const TYPE_WEIGHT: Partial<Record<string, number>> = {
  money: 0.95,
  percent: 0.85,
  quantity: 0.85,
  person: 0.85,
  organisation: 0.75,
  country: 0.7,
  city: 0.7,
  zone: 0.7,
  landmark: 0.7,
  resolution: 0.8,
  score: 0.8,
  year: 0.6,
  date: 0.55,
  list: 0.6,
  // A term the article defines ("locks", "spring tides"): what an explainer teaches.
  term: 0.85,
};

const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times?|per cent|percent)$/i;
const VAGUE_QUANTITY = /^(?:one|two|three|a|an|several|many|some|few|dozens?)\b/i;

// Links, bylines and share bars that survived ingestion are not the article.
const PAGE_CHROME_RE = /[»|·©]|\b(?:Read (?:next|more)|Related|Share this|Subscribe|Sign in|You may also like|Advertisement|is part of the|All rights reserved|newsletter|cookies)\b/;

function askable(e: FoundEntity): boolean {
  if (e.adjective) return false;
  if (e.type === "quantity") {
    const unit = (e.unit ?? "").trim();
    if (!unit || TIME_UNITS.test(unit)) return false; // "six years", "two days": rarely the point
    if (VAGUE_QUANTITY.test(e.text) && (e.value ?? 0) < 4) return false; // "three new berths" reads as a detail
    if (/^(?:dozens?|hundreds?|thousands?|millions?)\b/i.test(e.text)) return false; // "a few dozen votes" is no number
    return true;
  }
  if (e.type === "person") return e.text.includes(" ");
  if (e.type === "name") return false;
  if (e.type === "list") return (e.items ?? []).length >= 2 && (e.items ?? []).length <= 3 && (e.items ?? []).every((i) => i.type === "country");
  return TYPE_WEIGHT[e.type] !== undefined;
}

const NAMED_TYPES = new Set(["person", "organisation", "country", "city", "zone", "landmark", "region"]);
const GENERIC_NAME_WORD = /^(?:river|province|island|islands|county|state|city|republic|kingdom|united|national|new|north|south|east|west|central|great|lake|mount|port|bay|sea|gulf|group|company|bank|council|ministry|university|league|cup|club|party|association|the)$/i;

/** Whether a distinctive word of the name (not "River" or "Province") is in the headline. */
export function headlineNames(title: string, name: string): boolean {
  const words = new Set(title.match(/[\p{L}][\p{L}'’-]*/gu) ?? []);
  return name.split(/\s+/).some((w) => w.length > 3 && /^\p{Lu}/u.test(w) && !GENERIC_NAME_WORD.test(w) && words.has(w.toLowerCase()));
}

const STOP = new Set("the a an of in on at to for by with from and or but as is are was were be been has have had will would its their his her this that after before over into about than more most new says said".split(" "));

function contentWords(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? []).filter((w) => !STOP.has(w)));
}

/** Share of the headline's content words that the sentence repeats (0..1). */
function titleOverlap(titleWords: Set<string>, sentence: string): number {
  if (titleWords.size === 0) return 0;
  const words = contentWords(sentence);
  let n = 0;
  for (const w of titleWords) if (words.has(w) || words.has(w.replace(/s$/, ""))) n++;
  return n / titleWords.size;
}

export function extractFacts(a: Analysis): Fact[] {
  const out: Fact[] = [];
  const n = a.ctx.sentences.length;
  const title = (a.ctx.article.title ?? "").toLowerCase();
  const titleWords = contentWords(title);
  const breaks = [...a.ctx.article.body.matchAll(/\n[ \t]*\n/g)].map((m) => m.index ?? 0);
  // (Paragraphs count from the lead's: page chrome a paste left above it is no paragraph of the report.)
  const leadStart = a.ctx.sentences.find((i) => !PAGE_CHROME_RE.test(i.sentence.text) && i.sentence.text.split(/\s+/).length >= 8)?.sentence.start ?? 0;
  const skipped = breaks.filter((b) => b < leadStart).length;
  for (const info of a.ctx.sentences) {
    if (PAGE_CHROME_RE.test(info.sentence.text)) continue;
    const paragraph = Math.max(0, breaks.filter((b) => b < info.sentence.start).length - skipped);
    // Past its lead a news report gives detail, background and reactions, and a card cut from there reads as a fragment
    // or asks a side figure. Of the cards round 17 still asks that the reads of rounds 10-18 judged, readers accepted
    // 32 of 34 from a local news report's first paragraph and 10 of 18 from the rest; 64 of 66 and 13 of 22 in a match
    // report; in a results story 398 of 422 from its first three paragraphs and 26 of 38 after, and in a study's report
    // 16 of 20 and 2 of 8. So local news and match reports are asked from their lead only.
    const past = a.results || a.study ? paragraph >= 3 : paragraph >= 1;
    const late = a.report && past;
    // The lead states what the article is about; later detail is worth less.
    // News puts the main event in the first sentences; later ones add colour, examples and reactions.
    const position = info.index < 2 ? 0.3 : info.index < 4 ? 0.2 : info.index < n * 0.3 ? 0.08 : 0;
    // "such as", "for example", "some families": an illustration, not the point.
    const illustrative = /\b(?:such as|for example|for instance|some (?:families|people|residents)|one of them)\b/i.test(info.sentence.text) ? 0.15 : 0;
    const topical = titleOverlap(titleWords, info.sentence.text) * 0.3;
    for (const q of quoteQuestions(a.ctx, info)) {
      const words = q.prompt.split(/\s+/).length;
      if (words < 8 || words > 34) continue; // a fragment, or a speech
      // What a main actor said is worth knowing; a passing official's line is colour.
      // (A speaker named again later, "Ms Njambi said", is one of the story's actors.)
      // "Andrew Kanime" then "Mr Kanime": every mention ending in the surname counts.
      const surname = q.answer.toLowerCase().split(/\s+/).pop() ?? "";
      const main = [...a.mentions].reduce((n, [name, count]) => n + (name === surname || name.endsWith(` ${surname}`) ? count : 0), 0) >= 2;
      // After a match, what players and coaches say is colour ("We had the match in our hands"): readers accepted 14 of
      // 32 such "who said" questions, against 70% elsewhere. Only one from the lead, or on the contest itself, stays.
      const afterMatch = a.sport ? 0.15 : 0;
      // In a results story a finance director's aside ("We had product sitting in Regina…") is colour too: its "who said"
      // questions were accepted 13 of 23 below a score of 0.8, every one above (8 of 8).
      const aside = a.results ? 0.1 : 0;
      out.push({ kind: "quote", info, prompt: q.prompt, answer: { answer: q.answer, accepted: q.accepted, spec: q.spec }, truths: q.truths, weight: (main ? 0.75 : 0.5) + position + topical - illustrative - afterMatch - aside });
    }
    for (const e of info.entities) {
      if (!askable(e)) continue;
      const answer = answerForEntity(a.ctx, info, e);
      if (!answer) continue;
      const key = answer.answer.toLowerCase();
      if (a.subjects.has(key)) continue;
      // "Corentyne River" under the headline "… sign Corentyne accord", "Gandaki Province" under "… revives Gandaki
      // assembly": a name the headline already gives is what the article is about, and asking it tests nothing.
      if (NAMED_TYPES.has(e.type) && headlineNames(title, answer.answer)) continue;
      // Named actors who recur are the article's main actors; a name met once is usually detail.
      const named = ["person", "organisation", "country", "city", "zone", "landmark"].includes(e.type);
      const recurrence = named ? Math.min(0.15, ((a.mentions.get(key) ?? 1) - 1) * 0.05) : 0;
      const before = info.sentence.text.slice(Math.max(0, e.start - 20), e.start);
      // "up from 6.9 per cent", "than the 87.2 per cent recorded in 2018": the old value, not the news.
      const stale = /(?:\bthan(?: the)?|\bup from|\bdown from|\bfrom|compared with(?: the)?)\s+(?:about\s+|only\s+)?$/.test(before) ? 0.25 : 0;
      // Figures and names in the headline are what the article is about.
      const headline = title.includes(e.text.toLowerCase()) || title.includes(answer.answer.toLowerCase()) ? 0.2 : 0;
      // Blind readers rejected a blanked month or year after the lead as filler ("in _____"), and a
      // person met once after the lead (the midfielder who lost the ball) as a side actor.
      // Who went where is what a reader remembers of a trip ("visited Vietnam and Laos").
      const visit = /\b(?:visited|visits|toured|travell?ed to|trip to|visit to)\s+(?:the\s+)?$/.test(before) ? 0.1 : 0;
      const lead = info.index < 2;
      const when = (e.type === "date" || e.type === "year") && !lead ? 0.15 : 0;
      const side = e.type === "person" && !lead && (a.mentions.get(key) ?? 1) <= 1 && !headline ? 0.15 : 0;
      out.push({ kind: "entity", info, entity: e, answer, truths: truthsFor(info, e), weight: (TYPE_WEIGHT[e.type] ?? 0.5) + position + recurrence + topical + headline + visit - stale - illustrative - when - side, late, destination: visit > 0 });
    }
  }
  return out;
}
