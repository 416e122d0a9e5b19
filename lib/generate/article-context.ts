import { splitSentences, type IngestedArticle, type Sentence } from "@/lib/content/ingest-article";
import { escapeRegExp } from "@/lib/escape-regexp";
import { findEntities, type FoundEntity } from "./entities";
import { COURTESY_TITLE } from "./lexicon";
import { lookupSurface } from "./gazetteer-index";
import { COUNTRIES } from "./gazetteers/countries";
import { PLACES } from "./gazetteers/places";
import { referenceFrom, type ReferenceDate, type TimeContext } from "./relative-dates";

export type SentenceInfo = {
  sentence: Sentence;
  index: number;
  entities: FoundEntity[];
  time: TimeContext; // time context in force when this sentence starts
  /** surname → full name for people introduced up to and including this sentence */
  people: Map<string, string>;
  /** countries named in this sentence (canonical), capitals counted as their country */
  countries: string[];
};

export type ArticleContext = {
  article: IngestedArticle;
  ref: ReferenceDate;
  sentences: SentenceInfo[];
  mainCountry: string | null;
};

const CAPITAL_TO_COUNTRY = new Map<string, string>([
  ...COUNTRIES.map((c) => [c.capital, c.name] as [string, string]),
  ...PLACES.filter((p) => p.kind === "city").map((p) => [p.name, p.country] as [string, string]),
]);

const NATIONAL_CAPITALS = new Set(COUNTRIES.map((c) => c.capital));

function countriesOf(ents: FoundEntity[]): string[] {
  const out: string[] = [];
  const visit = (e: FoundEntity | undefined) => {
    if (!e) return;
    if (e.type === "list") for (const it of e.items ?? []) visit(it);
    else if (e.type === "country") out.push(e.canonical);
    // A national capital stands for its government ("talks between Pyongyang and Seoul"); the gazetteer says which
    // cities are capitals, so the code names none.
    else if (e.type === "city" && NATIONAL_CAPITALS.has(e.canonical)) out.push(CAPITAL_TO_COUNTRY.get(e.canonical) ?? e.canonical);
  };
  for (const e of ents) visit(e);
  return out;
}

const KOREAN_SURNAME_RE = /^(Kim|Lee|Ri|Rhee|Park|Pak|Jang|Chang|Choe|Choi|Moon|Roh|Ban|Yun|Yoon|Kang|Cho|Jung|Chung|Han|Hwang|Song|Hong|Ahn|Shin|Oh|Seo|Kwon|Ryu|Lim|Jeong|Son|Hyun|Xi|Li|Hu|Wang)$/;

function surnameOf(full: string): string | null {
  const parts = full.split(/\s+/);
  if (parts.length < 2) return null;
  const first = parts[0] ?? "";
  // East Asian names put the family name first; Western names last.
  if (KOREAN_SURNAME_RE.test(first) || /-/.test(parts[1] ?? "")) return first;
  return parts[parts.length - 1] ?? null;
}

export function buildArticleContext(article: IngestedArticle): ArticleContext {
  const ref = referenceFrom(article.published, article.yearHint ?? null);
  const sentences: SentenceInfo[] = [];
  const people = new Map<string, string>();
  const countryCounts = new Map<string, number>();
  let narrativeMonth: number | null = null;
  let narrativeYear: number | null = null;
  let storyYear: number | null = null;
  splitSentences(article.body).forEach((sentence, index) => {
    const entities = findEntities(sentence.text);
    // A year stated in this sentence dates its own month-days ("On 2 November 1932 … by 8 November").
    // ("costs had risen sharply since 2022" runs up to the present: it sets no year for "offered FJ$85 on May 20"; nor
    // does "its first quarterly loss since it listed in 2016" for "the July to September period".)
    const stated = entities.filter((e) => (e.type === "date" || e.type === "year") && e.date?.year !== undefined && !/\bsince\b[^,.;]{0,60}$/i.test(sentence.text.slice(0, e.start))).map((e) => e.date?.year ?? 0);
    const time: TimeContext = { ref, narrativeMonth, narrativeYear, storyYear: stated.length > 0 ? stated[stated.length - 1]! : storyYear };
    for (const e of entities) {
      const members = e.type === "list" ? (e.items ?? []) : [e];
      for (const m of members) {
        if (m.type === "person" && m.text.includes(" ")) {
          const s = surnameOf(m.text);
          if (s) people.set(s, m.text);
        }
      }
      // Only month-level phrases ("In May", "In August of 2014") set the narrative month; a dated
      // detail ("on June 1") inside the same paragraph does not move "the following month".
      if (e.type === "date" && e.date?.month !== undefined && e.date.day === undefined) {
        narrativeMonth = e.date.month;
        narrativeYear = e.date.year ?? (ref.year !== null ? (ref.month !== null && e.date.month > ref.month ? ref.year - 1 : ref.year) : null);
      }
    }
    if (stated.length > 0) storyYear = stated[stated.length - 1]!;
    const countries = countriesOf(entities);
    for (const c of countries) countryCounts.set(c, (countryCounts.get(c) ?? 0) + 1);
    sentences.push({ sentence, index, entities, time, people: new Map(people), countries });
  });
  // A name recognised as a person in one sentence ("Ana Torres said") is a person everywhere.
  const knownPeople = new Set<string>();
  for (const info of sentences) for (const e of info.entities) if (e.type === "person") knownPeople.add(e.text);
  for (const info of sentences) for (const e of info.entities) if (e.type === "name" && knownPeople.has(e.text)) e.type = "person";
  // "Brno's city assembly elected Pavel Hruška as mayor" gives no cue in its own sentence, but "Hruška, 47, a former
  // engineer", "Hruška told the assembly" or "Mr Hruška" later does: a two- or three-word name whose last word the
  // article uses that way is a person's. The cue must follow the bare surname, not the whole name: "Lakehead Steel said"
  // is a company speaking.
  // (One look at the body per surname: an article names the same people in many sentences.)
  const cued = new Map<string, boolean>();
  for (const info of sentences) {
    for (const e of info.entities) {
      if (e.type !== "name" || !/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}$/u.test(e.text)) continue;
      const surname = e.text.split(/\s+/).pop() ?? "";
      const known = cued.get(surname);
      if (known !== undefined) {
        if (known) e.type = "person";
        continue;
      }
      const last = escapeRegExp(surname);
      const cue = new RegExp(`(?:\\b${COURTESY_TITLE}\\.?\\s+${last}\\b|(?<![\\p{L}-]|\\p{Lu}[\\p{L}'’-]*\\s)${last},\\s+\\d{2},|(?<![\\p{L}-]|\\p{Lu}[\\p{L}'’-]*\\s)${last}\\s+(?:said|says|told|added|explained|admitted|argued|insisted|warned|recalled)\\b)`, "u");
      const found = cue.test(article.body);
      cued.set(surname, found);
      if (found) e.type = "person";
    }
  }
  // "Centre Felix Mbugua cut through a gap…": a rugby or basketball position opening the sentence reads as an
  // organisation ("Centre" names institutes); before a first name and a surname it is the player's position.
  for (const info of sentences) {
    for (const e of info.entities) {
      const m = /^(?:Centre|Center)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)$/u.exec(e.text);
      if (e.type !== "organisation" || e.start !== 0 || !m?.[1]) continue;
      Object.assign(e, { type: "person", text: m[1], canonical: m[1], start: e.end - m[1].length });
    }
  }
  let mainCountry: string | null = null;
  let best = 2; // a country must be named at least 3 times to be "the" subject of the article
  for (const [c, n] of countryCounts) if (n > best) [mainCountry, best] = [c, n];
  return { article, ref, sentences, mainCountry };
}

/** Full name for a bare surname ("Lee" → "Lee Jong-seok") introduced earlier in the article. */
export function expandSurname(info: SentenceInfo, token: string): string | null {
  const full = info.people.get(token);
  if (full) return full;
  const known = lookupSurface(token);
  return known?.type === "person" ? known.canonical : null;
}
