// Stage 1, analyse: sentences and typed entities (article-context), then what the later stages need
// to judge a fact: how often each actor is named (salience), what the article is about (never asked),
// and which "the <noun>" phrases stand for a name given elsewhere ("the canal" → "the Erie Canal").
import { escapeRegExp } from "@/lib/escape-regexp";
import type { IngestedArticle } from "@/lib/content/ingest-article";
import { buildArticleContext, type ArticleContext } from "../article-context";
import type { FoundEntity } from "../entities";
import { COUNTRIES } from "../gazetteers/countries";
import { findTerms } from "./find-terms";
import { leadCompany, resultsFrame, type ResultsFrame } from "./results-period";
import { sportEvent } from "./sport-event";

/** A capital that acts ("Beijing has not been able to…") stands for its country's government. */
export function countryOfCapital(city: string): string | undefined {
  return CAPITAL_OF.get(city);
}

export type Analysis = {
  ctx: ArticleContext;
  /** canonical name (lower case) → times named in the article */
  mentions: Map<string, number>;
  /** the article's own subject(s), lower case: asking for them tests nothing */
  subjects: Set<string>;
  /** head noun → what to write instead of "the <noun>", when the article names exactly one such thing */
  anaphors: Map<string, string>;
  /** lower-case word → index of the first sentence using it (-1: the headline), to tell a first mention from a reference back */
  firstUse: Map<string, number>;
  /** every word of the body as written in lower case somewhere */
  lowerWords: Set<string>;
  /** words written with a capital somewhere other than at the start of a sentence: names */
  properWords: Set<string>;
  /** what the headline is about ("Mombara port expansion"), to label prompts that name nothing of it */
  topic: string | null;
  /** people named with a full name anywhere in the article */
  people: string[];
  /** what an explainer explains, from its headline ("How dialysis works", "What is a heat pump?" → "dialysis", "a heat pump") */
  explainerSubject: string | null;
  /** whether the headline announces an explainer ("How do tides work?", "… explained"): its present tense states general truths */
  explainer: boolean;
  /** whether the article is a news report: its lead says which day ("on Tuesday", "yesterday") or opens with a dateline */
  report: boolean;
  /** whether it tells of the past: no report or explainer, and most years it names a generation before it was published */
  history: boolean;
  /** whether its lead reports a study ("…, according to a decade-long study by researchers at…") */
  study: boolean;
  /** in a sports report, the contest its lead names ("the SANFL grand final") */
  event: string | null;
  /** whether the article reports a match or a contest: a news lead that names the contest, or says who won and the score */
  sport: boolean;
  /** the organisations the article is about, as written ("Aço Paraná", "Lakehead Steel"): with two, "the company" is whichever was named last */
  companies: string[];
  /** in a results story, the company and the period it reports ("Aerocadeira", "the second quarter of 2025") */
  results: ResultsFrame | null;
  /** the body's paragraphs, in order: where a speaker is first named tells an actor from a side voice */
  paragraphs: string[];
};

// A capital stands for the state that exists today, not one that has ended (Moscow is Russia).
const CAPITAL_OF = new Map(COUNTRIES.filter((c) => c.until === undefined).map((c) => [c.capital, c.name] as [string, string]));

const NO_ARTICLE_NAME_RE = /\s(?:Island|City|Airport|Station|Street|Road|Avenue|Square|Park|University|College|Hospital|Castle|Palace|Cathedral|Abbey|Bay|Stadium|Hall|Church)$|^(?:Lake|Mount|Mt\.?|Cape)\s/;
const PLACE_TYPES = new Set(["country", "region", "city", "zone", "landmark"]);
// A report dates its news by the day or opens with a dateline ("KARASJOK, Norway — "); a history, an explainer or an
// essay does neither (on the 414 held-out articles: 249 of 272 news, results, science and sports leads; 12 of 136
// histories and explainers).
// "…won the Madagascar national triples pétanque championship on Sunday, beating … 13-11": a result and its score
// (no percentage, decimal or thousands: "won 52-48 per cent of the vote" is not one), with a contest named.
const SPORT_RESULT_RE = /\b(?:beat|beating|defeated|defeating|edged|edging|overcame|overcoming|thrashed|won|win|wins|clinched|claimed|retained|lifted)\b[^.]{0,160}?(?<![\d.,])\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![\d,.%-])/;
const CONTEST_RE = /\b(?:finals?|championships?|title|cup|match|tournament|derby|trophy|league|series|open|race)\b/i;
const REPORT_LEAD_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last night|this week)\b|^\s*\p{Lu}[\p{Lu} .'-]{2,}(?:,\s[^—–-]{2,40})?\s[—–-]\s/u;
// A year as an article writes one; a history tells of years a generation (25 years) before it was published.
const YEAR_RE = /\b(1[5-9]\d\d|20\d\d)\b/;
// ("Summer under sawdust: how Alpine resorts keep last winter's snow alive": after a colon too, in the present tense, set
// 204; "…: how the Grossglockner highway was built" tells a history.)
const EXPLAINER_TITLE_RE = /^(?:Explainer\s*:\s*)?(?:How|What|Why)\b|[:?]\s*(?:how|what|why)\b(?![^:]*\b(?:was|were|did|had|[a-z]{3,}ed)\b)|\bexplained\b|^Explainer\b/i;
// A lead that reports a study: its quotes after the fourth paragraph are side voices, its cards must name what it studied.
const STUDY_LEAD_RE = /\b(?:study|researchers?|scientists?|journal|team of)\b/i;
/** The nouns that stand for the organisation a story is about ("the company", "the club"). */
export const COMPANY_HEADS: ReadonlySet<string> = new Set(["company", "firm", "club", "team", "group", "side"]);
const NAMED = new Set(["person", "organisation", "country", "city", "zone", "landmark", "region", "name"]);

function members(e: FoundEntity): FoundEntity[] {
  return e.type === "list" ? (e.items ?? []) : [e];
}

// Capitalised phrases ("Erie Canal", "Port of Mombara", "Kalindi Water Treaty"); their head noun is how
// the article refers back to them.
const PHRASE_RE = /\b((?:[A-Z][\p{L}'’-]+\s(?:of\s(?:the\s)?)?){1,4}[A-Z][\p{L}'’-]+)/gu;
const GENERIC_HEADS = new Set("minister president secretary director chairman chief university news times post day week month year".split(" "));

function headsOf(phrase: string): string[] {
  const words = phrase.split(/\s+/);
  const out: string[] = [];
  const last = words[words.length - 1]?.toLowerCase() ?? "";
  if (words.length >= 2) out.push(last);
  const ofAt = words.indexOf("of");
  if (ofAt === 1) out.push(words[0]!.toLowerCase()); // "Port of Mombara" → "port"
  return out.filter((h) => h.length > 2 && !GENERIC_HEADS.has(h));
}

// Headline verbs and links after which the subject phrase has ended.
const HEADLINE_BREAK = /^(?:is|are|was|were|as|after|amid|at|in|on|for|with|and|to|from|by|over|sign|win|beat|face|end|get|set|say|says|vows?|plans?|wants?|hits?|cuts?|sets?|[a-z]+s|[a-z]+ed)$/;

/** "Vietnam and Chile Sign Deal to Cut Tariffs": in Title Case capitals do not tell names from things. */
function isTitleCase(title: string): boolean {
  const long = title.split(/\s+/).filter((w) => w.length > 3);
  return long.length > 0 && long.filter((w) => /^[A-Z]/.test(w)).length >= long.length * 0.7;
}

/**
 * The thing an explainer's headline names, with its article: "How dialysis works: …" → "dialysis", "What is a heat
 * pump?" → "a heat pump", "How do canal locks work?" → "canal locks". Only lower-case noun phrases of up to four words.
 */
function explainerSubjectOf(title: string): string | null {
  const t = title.replace(/^(?:Explainer)\s*:\s*/i, "").replace(/[:—–|].*$/, "").trim();
  if (isTitleCase(t)) return null;
  const m = /^How\s+(?:(?:does|do|did)\s+)?((?:an?|the)\s)?((?:[a-z][\p{L}'’-]*\s){0,3}?[a-z][\p{L}-]+)\s+(?:actually\s+|really\s+)?works?\b/u.exec(t) ?? /^What\s+(?:is|are)\s+((?:an?|the)\s)?((?:[a-z][\p{L}'’-]*\s){0,3}?[a-z][\p{L}-]+)\s*(?:\?|,|$)/u.exec(t);
  if (!m?.[2]) return null;
  return `${m[1] && !/^the/i.test(m[1]) ? m[1] : ""}${m[2]}`;
}

/** The noun phrase a headline opens with, when it is a useful label (2 to 5 words, not a question). */
function topicOf(title: string, lowerWords: Set<string>): string | null {
  const t = title.replace(/^(?:Explainer|Analysis|Interview|Opinion|Comment|Live|Watch|Update)\s*:\s*/i, "").replace(/[:—–|].*$/, "").trim();
  // "How Malawi is rolling out the world's first malaria vaccine to every district": the thing done.
  const how = /^(?:How|Why)\s.{2,40}?\s(?:is|are|was|were)\s[a-z]+ing(?:\s(?:out|up|down|in|off))?\s(?:the|a|an|its|their)\s((?:[\p{L}'’-]+\s){0,4}?[a-z][\p{L}-]+)(?=\s(?:to|in|for|across|at|on|with|from|by|as)\b|$)/u.exec(t);
  if (how?.[1] && !isTitleCase(t)) return how[1].split(/\s+/).length <= 5 ? how[1] : null;
  // "How does a credit score actually work?", "What is a heat pump?": an explainer's question names its thing.
  const works = /^(?:How (?:does|do|did|will|would|can|could)|What (?:is|are|was|were))\s+(?:an?\s|the\s)?((?:[\p{L}'’-]+\s){0,3}?[a-z][\p{L}-]+)(?:\s+(?:actually|really|now)?\s*work\b|\s*(?:\?|,|$))/u.exec(t);
  if (works?.[1] && !isTitleCase(t) && /^[a-z]/.test(works[1])) return works[1].split(/\s+/).length <= 4 ? works[1] : null;
  if (/^(?:How|Why|What|Who|When|Where|Is|Are|Can|Will|Should|A|An|The)\b/.test(t) || /^(?:how|why|what|who|when|where)\b/.test(t)) return null;
  const words = t.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && HEADLINE_BREAK.test(w));
  const phrase = (cut === -1 ? words : words.slice(0, cut)).join(" ").replace(/[,.;]+$/, "");
  const n = phrase.split(/\s+/).length;
  // Only an event or thing labels well ("Mombara port expansion", "Europa probe Meridian"): it needs
  // common nouns, and one alone must not be the last word ("Hartley double" is a name and a verb-like noun);
  // a bare name ("Social Democrats") does not. A capital that the body writes in lower case is a common word.
  if (isTitleCase(t)) return null;
  const kept = phrase.split(/\s+/);
  // "North Korea increasing economic cooperation": a name followed by a participle is a clause, not a noun phrase,
  // and "For the North Korea increasing …" reads as broken text.
  if (kept.some((w, i) => i > 0 && /^[a-z]+ing$/.test(w) && /^[A-Z]/.test(kept[i - 1] ?? ""))) return null;
  const isCommon = (w: string) => /^[a-z]/.test(w) || lowerWords.has(w.toLowerCase());
  const commons = kept.filter(isCommon).length;
  const thing = commons >= 2 || (commons === 1 && !isCommon(kept[kept.length - 1] ?? ""));
  return n >= 2 && n <= 5 && phrase.length <= 45 && thing ? phrase : null;
}

export function analyseArticle(article: IngestedArticle): Analysis {
  const ctx = buildArticleContext(article);
  for (const info of ctx.sentences) {
    const terms = findTerms(info.sentence.text, info.entities);
    if (terms.length > 0) info.entities = [...info.entities, ...terms].sort((x, y) => x.start - y.start);
  }
  const mentions = new Map<string, number>();
  const people = new Set<string>();
  for (const info of ctx.sentences) {
    for (const e of info.entities) {
      for (const m of members(e)) {
        if (!NAMED.has(m.type)) continue;
        const key = m.canonical.toLowerCase();
        mentions.set(key, (mentions.get(key) ?? 0) + 1);
        if (m.type === "person" && m.text.includes(" ")) people.add(m.text);
      }
    }
  }
  // Surnames used alone count for the full name ("Moreau said" is Claire Moreau again).
  for (const full of people) {
    const last = full.split(/\s+/).pop() ?? "";
    const alone = (article.body.match(new RegExp(`\\b${escapeRegExp(last)}\\b`, "g")) ?? []).length;
    const key = full.toLowerCase();
    mentions.set(key, Math.max(mentions.get(key) ?? 0, alone));
  }

  const subjects = new Set<string>();
  const title = article.title ?? "";
  for (const [name] of mentions) if (name.length > 2 && title.toLowerCase().includes(name)) subjects.add(name);
  const ranked = [...mentions].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (top && top[1] >= 4 && (!second || top[1] >= second[1] * 1.5)) subjects.add(top[0]);

  for (const [capital, country] of CAPITAL_OF) if (subjects.has(country.toLowerCase())) subjects.add(capital.toLowerCase());
  const byHead = new Map<string, Map<string, number>>();
  // A Title Case headline would make "Chile Sign Deal" a name for "the deal".
  for (const m of `${isTitleCase(title) ? "" : title}. ${article.body}`.matchAll(PHRASE_RE)) {
    const phrase = (m[1] ?? "").replace(/^(?:The|A|An|In|On|At|By|For|But|And)\s/, "");
    if (!phrase.includes(" ")) continue;
    for (const head of headsOf(phrase)) {
      const counts = byHead.get(head) ?? new Map<string, number>();
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      byHead.set(head, counts);
    }
  }
  const anaphors = new Map<string, string>();
  const body = article.body;
  for (const [head, counts] of byHead) {
    if (!new RegExp(`\\bthe ${head}\\b`, "i").test(body)) continue;
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    const [best, next] = sorted;
    // Only when one name clearly owns the noun: two different "… Bank"s make "the bank" ambiguous.
    // ("Jeju Island", "New York City", "Wembley Stadium", "Lake Bennett" take no "the"; "the Yalu River" and "the Panama Canal" do.)
    if (best && (!next || best[1] >= next[1] * 3)) anaphors.set(head, NO_ARTICLE_NAME_RE.test(best[0]) ? best[0] : `the ${best[0]}`);
  }
  // First mentions that name the thing: "the new bridge over the Yalu River" → later "the bridge". A head
  // placed in two different places ("a plant in Poland", "the plant in Llanelli") names neither: "the plant" is left.
  const placed = new Map<string, Set<string>>();
  for (const m of body.matchAll(/\b([a-z-]{3,})\s+(?:over|across|in|at|on|near|between|from)\s+(?:the\s+)?((?:[A-Z][\p{L}-]+\s?){1,4})/gu)) {
    const set = placed.get(m[1] ?? "") ?? new Set<string>();
    set.add((m[2] ?? "").trim());
    placed.set(m[1] ?? "", set);
  }
  for (const m of body.matchAll(/\b(?:[Tt]he|an?)\s+(?:[a-z-]+\s){0,2}?([a-z-]{3,})\s+((?:over|across|in|at|on|near|between|from)\s+(?:the\s+)?(?:[A-Z][\p{L}-]+\s?){1,4})/gu)) {
    const head = m[1] ?? "";
    if (anaphors.has(head) || GENERIC_HEADS.has(head) || !new RegExp(`\\bthe ${head}\\b`, "i").test(body)) continue;
    if ((placed.get(head)?.size ?? 0) > 1) continue;
    // A naming phrase introduces the thing: "the plant" used before "a partner plant in Poland" is another plant.
    const firstBare = new RegExp(`\\bthe ${head}\\b(?!\\s+(?:over|across|in|at|on|near|between|from)\\s)`, "i").exec(body);
    if (firstBare && firstBare.index < (m.index ?? 0)) continue;
    // "a deposit in February" is dated, not named: a month or a weekday is not the place that names a thing.
    if (/^(?:in|on|from)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(m[2] ?? "")) continue;
    // "the longest canal in North America" ranks the thing, it does not name it: "the canal in North America" is wrong.
    if (/\b(?:most|least|[a-z]{2,}est)\s/.test(m[0].slice(0, m[0].lastIndexOf(head)).replace(/\b(?:forest|interest|west|request|protest|harvest|contest|conquest)\b/g, ""))) continue;
    anaphors.set(head, `the ${head} ${(m[2] ?? "").trim()}`);
  }
  // "the company", "the club": the organisation the article is about, when one clearly is.
  const entities = ctx.sentences.flatMap((i) => i.entities);
  const writtenAs = (name: string, types: ReadonlySet<string>) => entities.filter((e) => types.has(e.type) && e.canonical.toLowerCase() === name);
  const ORG_TYPES = new Set(["organisation", "name"]);
  const orgs = ranked.filter(([name]) => subjects.has(name) && writtenAs(name, ORG_TYPES).some((e) => e.text.includes(" ")));
  const displayOf = (name: string) => entities.find((e) => e.canonical.toLowerCase() === name)?.canonical ?? name;
  // ("Lakehead" alone is a name too: any subject the article writes as an organisation or an unknown name.)
  // An actor of the story acts somewhere ("Lakehead has had", "Aço Paraná will pay", "Lakehead's shares"); a place in a
  // dateline or an adjective ("Ontario mini-mill") does not.
  const acts = (name: string) => new RegExp(`${escapeRegExp(displayOf(name))}(?:['’]s\\b|\\s+(?:has|had|have|is|was|will|would|said|says|plans|planned|employs|makes|runs|operates|owns|reported|agreed|expects|[a-z]+ed)\\b)`).test(article.body);
  const companies = ranked.filter(([name, n]) => n >= 2 && subjects.has(name) && acts(name) && writtenAs(name, ORG_TYPES).length > 0 && writtenAs(name, PLACE_TYPES).length === 0).map(([name]) => displayOf(name));
  // ("São Paulo", an unknown name of two words, is where the company is based: what does not act is no organisation.)
  const org = orgs.find(([name]) => acts(name));
  if (org && org[1] >= 3) {
    for (const head of COMPANY_HEADS) if (!anaphors.has(head)) anaphors.set(head, displayOf(org[0]));
  }
  const lead = ctx.sentences.slice(0, 2).map((x) => x.sentence.text).join(" ");
  // "Harrowgate Brewing Group, one of Britain's largest independent brewers, will close…" and then "The company said…":
  // a business story about one company calls it "the company" (or "the firm") however few times it names it.
  // (A deal has two companies, and "the company" is as often the one bought: "Grupo Ortegal … agreed to buy Conservas
  // Atlântida … The company sold 96 million cans" is Atlântida. Goods sold are no deal: "the volume it sold".)
  const deal = /\b(?:buy|bought|buying|acquire|acquired|acquiring|acquisition|takeover|take over|merge|merger|merging|stake in|bid for|offer for|(?:agreed|agrees|agree|plans?|planning) to sell|sold (?:its|a|the) (?:stake|business|unit|division|subsidiary))\b/i.test(lead);
  const led = companies.length < 2 && !deal ? leadCompany(ctx.sentences[0]?.sentence.text ?? "") : null;
  if (led && !org) for (const head of ["company", "firm"]) if (!anaphors.has(head)) anaphors.set(head, led);
  // "the country" is the country the article is about, when it has one.
  if (ctx.mainCountry && !anaphors.has("country")) anaphors.set("country", ctx.mainCountry);

  const lowerWords = new Set(body.match(/\b[a-z][a-z-]+/g) ?? []);
  const properWords = new Set<string>();
  for (const m of article.body.matchAll(/(?<=[\p{L}\p{N},;:]\s)([A-Z][\p{L}-]+)/gu)) properWords.add(m[1] ?? "");
  // "the probe" in an article headlined "Europa probe Meridian begins…" is that probe.
  const topic = topicOf(title, lowerWords);
  const topicHead = topic?.split(/\s+/).filter((w) => /^[a-z]/.test(w)).pop();
  if (topic && topicHead && !anaphors.has(topicHead)) anaphors.set(topicHead, `the ${properWords.has(topic.split(/\s+/)[0] ?? "") ? topic : topic.charAt(0).toLowerCase() + topic.slice(1)}`);

  const firstUse = new Map<string, number>();
  for (const w of title.toLowerCase().match(/[a-z][a-z-]+/g) ?? []) firstUse.set(w, -1);
  for (const info of ctx.sentences) for (const w of info.sentence.text.toLowerCase().match(/[a-z][a-z-]+/g) ?? []) if (!firstUse.has(w)) firstUse.set(w, info.index);
  const results = resultsFrame(title, ctx.sentences[0]?.sentence.text ?? "", ctx.ref, ctx.sentences[1]?.sentence.text ?? "");
  // ("On the night of Easter Sunday 1895…": a lead whose weekday is in a year a generation old tells history.)
  // (The year of the weekday's own date: "first title since 1977" in a final's lead is no such date.)
  const published = ctx.ref.year;
  const generationOld = (y: number) => published !== null && published - y >= 25;
  const leadYears = [...lead.matchAll(new RegExp(`\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b[^.]{0,25}?${YEAR_RE.source}`, "g"))].map((m) => Number(m[1]));
  const report = REPORT_LEAD_RE.test(lead) && !leadYears.some(generationOld);
  const event = report ? sportEvent(lead) : null;
  const sport = report && (event !== null || (SPORT_RESULT_RE.test(lead) && CONTEST_RE.test(lead)));
  // "the final" of a report on one final is that final.
  if (event?.endsWith(" final") && !anaphors.has("final")) anaphors.set("final", event);
  const explainer = EXPLAINER_TITLE_RE.test(title);
  const years = [...ctx.article.body.matchAll(new RegExp(YEAR_RE.source, "g"))].map((m) => Number(m[1]));
  // (A text: a paragraph with a few old years is an anecdote, not a history.)
  const history = !report && !explainer && published !== null && ctx.sentences.length >= 8 && years.length >= 2 && years.filter(generationOld).length * 2 > years.length;
  const study = STUDY_LEAD_RE.test(lead);
  return { ctx, mentions, subjects, anaphors, firstUse, lowerWords, properWords, topic, people: [...people], companies, explainer, explainerSubject: explainerSubjectOf(title), report, history, study, event, sport, results, paragraphs: ctx.article.body.split(/\n\s*\n/) };
}
