import { escapeRegExp } from "@/lib/escape-regexp";
import { splitSentences, type IngestedArticle } from "@/lib/content/ingest-article";
import { isChromeLine } from "@/lib/content/chrome";
import { lookupSurface } from "./gazetteer-index";
import { PEOPLE } from "./gazetteers/people";
import type { GeneratedQuestion } from "./types";

const lower = (s: string) => s.toLowerCase();
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Coarse "type and scale" of an answer or choice, used to check MC distractors match. */
export function answerShape(s: string): string {
  const t = s.trim().replace(/^the\s+/i, "");
  const money = /^(?:US)?([$€£])\s?[\d,.]+\s?(thousand|million|billion|trillion|bn)?$/i.exec(t);
  if (money) return `money:${money[1]}:${(money[2] ?? "").toLowerCase()}`;
  if (/^[\d.]+\s?%$/.test(t)) return "percent";
  if (/^Resolution \d{3,4}$/.test(t)) return "resolution";
  if (/^\d+[-–]\d+$/.test(t)) return "score";
  if (/^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/.test(t)) return "date:day";
  if (/^(?:early |late |mid-)?(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/.test(t)) return "date:month";
  if (/^(19|20)\d\d$/.test(t)) return "date:year";
  const qty = /^(?:[\d,.]+|a dozen|[A-Za-z]+(?:-[a-z]+)?)\s+(.+)$/.exec(t);
  if (qty && /^([\d,.]+|a dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+-\w+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s/i.test(t)) return `quantity:${qty[1]}`;
  if (/ and /.test(t) || /, /.test(t)) {
    const items = t.split(/,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
    const shapes = [...new Set(items.map((i) => answerShape(i)))];
    return `list:${items.length}:${shapes.join("/")}`;
  }
  const known = lookupSurface(t);
  if (known && !known.adjective) return known.type === "region" ? "country" : known.type === "landmark" ? "zone" : known.type;
  const team = /\b(United|Rovers|Athletic|Wanderers|FC)\b/.test(t) && !/United (States|Nations|Kingdom)/.test(t);
  if (team) return "team";
  if (PEOPLE.some((p) => p.name === t)) return "person";
  if (/^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$/.test(t)) return "person";
  return "other";
}

const QUOTED_RE = /“[^”]*”|"[^"]*"/g;

/**
 * The rubric's checks that code can make on one question (issue 12's failure patterns): short,
 * self-contained, no question word or blank inside someone's words, no first person, tags that do
 * not give the answer away.
 */
export function promptProblems(q: GeneratedQuestion): string[] {
  const out: string[] = [];
  const body = q.prompt.replace(/^Fill in the blank:\s*/, "");
  const outside = body.replace(QUOTED_RE, "“…”");
  const words = outside.split(/\s+/).filter((w) => /[\p{L}\p{N}_]/u.test(w)).length;
  if (words > 30) out.push(`prompt over 30 words (${words})`);
  if (/^(?:[^:?]{2,50}:\s)?(?:As of [^,]+,\s*)?(?:He|She|It|They|This|These|Those|His|Her|Its|Their)\b/.test(outside)) out.push("opens with a pronoun");
  if (/\b(?:I|[Mm]y|[Ww]e|[Oo]ur|[Mm]e|us)\b/.test(outside)) out.push("first person outside a quotation");
  for (const quoted of body.match(QUOTED_RE) ?? []) {
    // A question word the speaker said ("not only how much is withdrawn") is their words, verbatim in the source.
    const verbatim = q.source.includes(quoted.replace(/^[“"]|[”"]$/g, "").replace(/[,.]$/, ""));
    if (/_____/.test(quoted) || (/\b(?:how many|how much|what percentage|which|whom?)\b/i.test(quoted) && !verbatim)) out.push("question word or blank inside a quotation");
  }
  if (/time of writing|\b(?:the latter|the former|aforementioned)\b/i.test(outside)) out.push("points back into the text");
  const hidden = [q.answer, ...q.acceptedAnswers].map((a) => a.toLowerCase()).filter((a) => a.length > 2);
  for (const tag of q.tags) {
    const t = tag.toLowerCase();
    // A topic tag ("trade") names no answer; a name tag must not be, or hold, the answer.
    const isName = /^[A-Z]/.test(tag);
    if (hidden.some((h) => h === t || (isName && ((h.length > 3 && t.includes(h)) || (t.length > 3 && h.includes(t)))))) out.push(`tag "${tag}" gives the answer away`);
  }
  return out;
}

/** A deck asks each fact once: at most two questions from one sentence and one per answer. */
export function deckProblems(qs: GeneratedQuestion[]): string[] {
  const problems: string[] = [];
  const perSentence = new Map<number, number>();
  const perAnswer = new Set<string>();
  for (const q of qs) {
    const n = (perSentence.get(q.sourceStart) ?? 0) + 1;
    perSentence.set(q.sourceStart, n);
    if (n > 2) problems.push(`more than two questions from one sentence: ${q.prompt}`);
    const na = norm(q.answer);
    if (perAnswer.has(na)) problems.push(`answer asked twice: ${q.prompt}`);
    perAnswer.add(na);
  }
  return problems;
}

export type ValidationContext = { article: IngestedArticle };

/**
 * Every rule a generated question must satisfy; returns human-readable problems (empty = valid).
 * Used by the tests and usable by the seed to drop anything invalid before it reaches learners.
 */
export function validateQuestions(article: IngestedArticle, qs: GeneratedQuestion[]): string[] {
  const problems: string[] = [];
  const sentences = new Set(splitSentences(article.body).map((s) => `${s.start}:${s.end}`));
  const prompts = new Set<string>();
  for (const q of qs) {
    const where = `[${q.family}] ${q.prompt}`;
    if (article.body.slice(q.sourceStart, q.sourceEnd) !== q.source) problems.push(`source offsets wrong: ${where}`);
    if (!sentences.has(`${q.sourceStart}:${q.sourceEnd}`)) problems.push(`source is not a whole sentence of the body: ${where}`);
    const answers = [q.answer, ...q.acceptedAnswers];
    if (!answers.some((a) => lower(q.source).includes(lower(a)))) problems.push(`source does not contain the answer "${q.answer}": ${where}`);
    if (lower(q.prompt).includes(lower(q.answer))) problems.push(`answer "${q.answer}" leaks into prompt: ${where}`);
    const np = norm(q.prompt);
    if (prompts.has(np)) problems.push(`duplicate prompt: ${where}`);
    prompts.add(np);
    if (article.authorBio && article.authorBio.includes(q.source)) problems.push(`question from author bio: ${where}`);
    if (isChromeLine(q.source)) problems.push(`question from chrome: ${where}`);
    if (!(q.score >= 0 && q.score <= 1)) problems.push(`score out of range: ${where}`);
    if (!["flashcard", "multiple_choice", "cloze", "typed"].includes(q.kind)) problems.push(`bad kind: ${where}`);
    if (q.kind === "multiple_choice") {
      const choices = q.choices ?? [];
      if (choices.length !== 4) problems.push(`MC needs 4 choices: ${where}`);
      if (new Set(choices.map(norm)).size !== choices.length) problems.push(`MC choices not unique: ${where}`);
      if (choices.filter((c) => c === q.answer).length !== 1) problems.push(`MC answer not exactly once: ${where}`);
      const shape = answerShape(q.answer);
      for (const d of choices.filter((c) => c !== q.answer)) {
        if (answerShape(d) !== shape) problems.push(`distractor "${d}" (${answerShape(d)}) is not the answer's type (${shape}): ${where}`);
        if (d.length < 2 || /[-\s]$/.test(d)) problems.push(`garbled distractor "${d}": ${where}`);
        // A distractor stated in the same sentence would also be "right" per the article.
        const dl = lower(d);
        const stated = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(dl)}(?![\\p{L}\\p{N}])`, "u").test(lower(q.source));
        if (stated && !lower(q.answer).includes(dl)) problems.push(`distractor "${d}" is stated in the source sentence: ${where}`);
        if (q.acceptedAnswers.some((a) => norm(a) === norm(d))) problems.push(`distractor "${d}" is an accepted answer: ${where}`);
      }
    } else if (q.choices !== undefined) problems.push(`choices on a non-MC question: ${where}`);
  }
  return problems;
}
