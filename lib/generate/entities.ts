import { monthNumber } from "@/lib/content/dates";
import { escapeRegExp } from "@/lib/escape-regexp";
import { findGazetteerHits } from "./gazetteer-index";
import { COUNTRIES } from "./gazetteers/countries";
import { CURRENCY_CODES, CURRENCY_QUALIFIERS, CURRENCY_SIGNS, CURRENCY_WORDS, LOCAL_DOLLAR_PREFIXES } from "./gazetteers/currencies";
import { CAPITALISED_NON_ENTITIES, FUNCTION_CAPS, LONE_ADJECTIVES, NUMBER_WORD_RE, ROLE_NOUN_RE, ORDINAL_WORDS, ORG_KEYWORDS, ROLE_TITLE_WORDS, ZONE_KEYWORDS, parseNumberWord } from "./lexicon";
import type { Entity, EntityType } from "./types";

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const KOREAN_SURNAMES = "Kim|Lee|Ri|Rhee|Park|Pak|Jang|Chang|Choe|Choi|Moon|Roh|Ban|Yun|Yoon|Kang|Cho|Jung|Chung|Han|Hwang|Song|Hong|Ahn|Shin|Oh|Seo|Kwon|Ryu|Lim|Jeong|Son|Hyun|Hor";

const MAGNITUDE: Record<string, number> = { thousand: 1e3, lakh: 1e5, million: 1e6, m: 1e6, crore: 1e7, billion: 1e9, bn: 1e9, trillion: 1e12 };

function moneyValue(text: string): { value: number; unit: string } {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|lakh|million|crore|billion|trillion|bn|m)?/i.exec(text);
  const n = Number((m?.[1] ?? "0").replace(/,/g, ""));
  const unit = (m?.[2] ?? "").toLowerCase();
  return { value: n * (MAGNITUDE[unit] ?? 1), unit };
}

// A sum of money: a sign or code before the figure ("$2 million", "NZ$40m", "TSh 248.3 billion") or a currency word
// after it ("52 million Norwegian kroner", "1,000 CFA francs"); the lists are data (gazetteers/currencies.ts).
const MONEY_RE = (() => {
  const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  const figure = String.raw`\d(?:[\d,]*\d)?(?:\.\d+)?`;
  const scale = "thousand|million|billion|trillion|crore|lakh";
  const whose = alt([...CURRENCY_QUALIFIERS, ...COUNTRIES.flatMap((c) => c.demonyms.filter((d) => !d.endsWith("s")))]);
  const signed = String.raw`(?:(?:US|U\.S\.|\b(?:${LOCAL_DOLLAR_PREFIXES}))?[${CURRENCY_SIGNS}]|\b(?:${alt(CURRENCY_CODES)})\.?\s?)${figure}(?:\s?(?:${scale}|bn)\b)?`;
  const worded = String.raw`\b${figure}\s(?:(?:${scale})\s)?(?:(?:${whose})\s)?(?:${alt(CURRENCY_WORDS)})(?![\p{L}])`;
  return new RegExp(`${signed}|${worded}`, "gu");
})();

// Compiled once at load: building these per sentence was the largest cost of entity extraction.
const DATE_PATTERNS: Array<[RegExp, number]> = [
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:\\s*(?:-|–|to)\\s*(\\d{1,2}))?,?\\s+(\\d{4})\\b`, "g"), 8],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:\\s*(?:-|–|to)\\s*(\\d{1,2}))?\\b(?!,?\\s*\\d{4})(?![\\d%])`, "g"), 7],
  [new RegExp(`\\b(?:(early|mid|late)[- ])?${MONTH}(?:\\s+of)?\\s+(\\d{4})\\b`, "g"), 7],
  [new RegExp(`(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]or|[Dd]uring|[Oo]f|[Ff]rom|[Tt]o|and)\\s)(?:(early|mid|late)[- ])?${MONTH}\\b(?!\\s+\\d)`, "g"), 6],
  [new RegExp(`\\bmid-${MONTH}\\b`, "g"), 6],
];

const QTY_RE = new RegExp(
  `\\b(${NUMBER_WORD_RE})\\s+((?:(?!(?:of|the|and|or|in|on|at|to|for|from|with|by|a|an|was|were|is|are|has|have|had|that|which|who)\\b)(?:[a-z][a-z'’\\-]*|[A-Z][\\w’'\\-]*)\\s+){0,3}?)((?:[a-z][a-z\\-]*[a-z]s)|people|person|km|kilometres|kilometers|tons|tonnes|kouans)\\b`,
    "gi",
);

const ORD_RE = new RegExp(`\\b(${Object.keys(ORDINAL_WORDS).join("|")}|\\d+(?:st|nd|rd|th))\\b(?=\\s+(?:nuclear|missile|[A-Z]|anniversary|largest|five-year))`, "gi");

const KOREAN_NAME_RE = new RegExp(`^(?:${KOREAN_SURNAMES})\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+|\\s\\p{Lu}\\p{Ll}+)$`, "u");
const APPOSITIVE_ROLE_RE = new RegExp(`^\\s*,\\s+(?:who\\b|(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?${ROLE_NOUN_RE.source.replace(/^\\b\(/, "(")})`, "i");

type Raw = Omit<Entity, "canonical"> & { canonical?: string; priority: number };

function regexEntities(s: string): Raw[] {
  const out: Raw[] = [];
  const push = (type: EntityType, start: number, text: string, priority: number, extra: Partial<Raw> = {}) =>
    out.push({ type, start, end: start + text.length, text, priority, ...extra });

  for (const m of s.matchAll(/\b(?:(?:United Nations Security Council|UN Security Council|U\.N\. Security Council|UNSC)\s+)?Resolution\s+(\d{3,4})\b|\bUNSCR\s+(\d{3,4})\b/g)) {
    const num = m[1] ?? m[2] ?? "";
    push("resolution", m.index, m[0], 10, { canonical: `Resolution ${num}`, value: Number(num) });
  }
  for (const m of s.matchAll(MONEY_RE)) {
    // "weighing about 45 pounds" is a weight, not a sum of money.
    if (/pounds$/.test(m[0]) && /\b(?:weigh(?:s|ed|ing)?|heavy|heavier|lost|gained)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|only\s+|just\s+)?$/.test(s.slice(0, m.index))) continue;
    // "240 million pounds of maple syrup": pounds of a thing are its weight (a sum of money is not "of" anything).
    if (/pounds$/.test(m[0]) && /^\s+of\s+(?!(?:the|their|its|his|her|public|taxpayers'?|government)\b)[a-z]/.test(s.slice(m.index + m[0].length))) continue;
    const { value, unit } = moneyValue(m[0]);
    push("money", m.index, m[0], 9, { value, unit });
  }
  // Match scores ("won 3-1") only in sentences about a result, so "2003-2008" or "May 6-9" never qualify.
  if (/\b(beat|beats|won|win|wins|defeated|victory|draw|drew|lost|loss|score|scoreline|final|levell?ed|trailed|tied|led|half-?time)\b/i.test(s)) {
    for (const m of s.matchAll(/(?<![\d.\-])\b(\d{1,2})[-–](\d{1,2})\b(?![\d\-])/g)) push("score", m.index, m[0], 8, { value: Number(m[1]) * 100 + Number(m[2]) });
  }
  for (const m of s.matchAll(/\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/g)) {
    push("percent", m.index, m[0], 9, { value: Number(/\d+(?:\.\d+)?/.exec(m[0])?.[0] ?? 0) });
  }
  // Dates, most specific first; overlapping weaker matches are dropped later.
  for (const [re, priority] of DATE_PATTERNS) {
    for (const m of s.matchAll(re)) {
      const text = m[0];
      const monthWord = /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/.exec(text)?.[0] ?? "";
      const month = monthNumber(monthWord) ?? undefined;
      const nums = [...text.matchAll(/\d+/g)].map((x) => Number(x[0]));
      const year = nums.find((n) => n >= 1000);
      const days = nums.filter((n) => n < 1000);
      const qualifier = /\b(early|mid|late)\b/.exec(text)?.[1];
      push("date", m.index, text, priority, { date: { year, month, day: days[0], endDay: days[1], qualifier } });
    }
  }
  for (const m of s.matchAll(/\b(19\d\d|20[0-4]\d)\b/g)) push("year", m.index, m[0], 5, { value: Number(m[0]), date: { year: Number(m[0]) } });
  for (const m of s.matchAll(QTY_RE)) {
    const numText = m[1] ?? "";
    const value = parseNumberWord(numText);
    if (value === null) continue;
    if (/^(19|20)\d\d$/.test(numText)) continue; // a year, not a count
    // "one nation has been missing", "when one looks": "one" is a pronoun/determiner far more
    // often than a count worth asking.
    if (/^one$/i.test(numText)) continue;
    if (/^(has|was|is|does|says|goes|makes|seems|looks)$/i.test(m[3] ?? "")) continue;
    const before = s.slice(Math.max(0, m.index - 4), m.index);
    // "the two countries" is an anaphor, not a count worth asking about.
    if (/the\s$/i.test(before) && !/\d/.test(numText)) continue;
    if (/[$€£]$/.test(s.slice(0, m.index))) continue;
    const noun = (m[3] ?? "").toLowerCase();
    if (["years", "months", "weeks", "days"].includes(noun) && /ago|past|last|next|previous/i.test(s.slice(Math.max(0, m.index - 10), m.index + m[0].length + 6)) && !/\d/.test(numText)) continue;
    push("quantity", m.index, m[0], 6, { value, unit: `${m[2] ?? ""}${m[3] ?? ""}`.trim() });
  }
  // Large bare counts ("A crowd of 41,200 watched"): thousands separators mark them as amounts.
  for (const m of s.matchAll(/(?<![$€£\d.,])\b\d{1,3}(?:,\d{3})+\b(?![.,]?\d)/g)) {
    push("quantity", m.index, m[0], 5, { value: Number(m[0].replace(/,/g, "")), unit: "" });
  }
  for (const m of s.matchAll(ORD_RE)) {
    const v = ORDINAL_WORDS[m[0].toLowerCase()] ?? Number(/\d+/.exec(m[0])?.[0] ?? NaN);
    if (!Number.isNaN(v)) push("ordinal", m.index, m[0], 4, { value: v });
  }
  return out;
}

const TOKEN_RE = /[A-Z][\p{L}’'\-]*\.?|[a-z]+|\S/gu;

/** Capitalised chunks not covered by other entities: people, organisations, places, other names. */
function chunkEntities(s: string, covered: (i: number) => boolean): Raw[] {
  const out: Raw[] = [];
  // Words without a trailing possessive ("Kim’s" → "Kim") or sentence period ("Mt." keeps its dot).
  const words = [...s.matchAll(/[\p{L}][\p{L}’'\-.]*/gu)].map((m) => ({
    text: m[0].replace(/[’']s?$/, "").replace(/\.$/, (d) => (/^(Mt|St|Dr|Jr)\.$/.test(m[0]) ? d : "")),
    start: m.index,
  }));
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!w || !/^\p{Lu}/u.test(w.text) || covered(w.start)) {
      i++;
      continue;
    }
    let j = i;
    const parts = [w];
    while (j + 1 < words.length) {
      const next = words[j + 1];
      const cur = words[j];
      if (!next || !cur) break;
      const gap = s.slice(cur.start + cur.text.length, next.start);
      if (gap !== " " || covered(next.start)) break;
      if (/^\p{Lu}/u.test(next.text)) {
        parts.push(next);
        j++;
        continue;
      }
      // Connectors inside names: "Council for Cooperation with North Korea", "Ministry of Unification".
      const after = words[j + 2];
      if (/^(of|for|the|with|and|de|du|van|von|bin|al)$/.test(next.text) && after && /^\p{Lu}/u.test(after.text) && s.slice(next.start + next.text.length, after.start) === " " && !covered(after.start) && ORG_KEYWORDS.test(parts.map((p) => p.text).join(" ") + " " + after.text + " " + (words[j + 3]?.text ?? ""))) {
        parts.push(next, after);
        j += 2;
        continue;
      }
      break;
    }
    i = j + 1;
    // Drop leading words that are capitalised only because they start a sentence or are titles.
    let k = 0;
    let afterTitle = false;
    // Organisation names keep their leading titles/adjectives ("General Department of Customs").
    const isOrg = ORG_KEYWORDS.test(parts.map((p) => p.text).join(" "));
    const strippable = (w: string) => (isOrg ? FUNCTION_CAPS.has(w) : CAPITALISED_NON_ENTITIES.has(w) || ROLE_TITLE_WORDS.has(w));
    while (k < parts.length && strippable(parts[k]?.text ?? "")) {
      if (ROLE_TITLE_WORDS.has(parts[k]?.text ?? "")) afterTitle = true;
      k++;
    }
    let kept = parts.slice(k);
    // Trailing connectors are never part of a name.
    while (kept.length && /^(of|for|the|with|and)$/.test(kept[kept.length - 1]?.text ?? "")) kept = kept.slice(0, -1);
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (!first || !last) continue;
    const start = first.start;
    const end = last.start + last.text.length;
    const text = s.slice(start, end);
    if (monthNumber(text) !== null) continue;
    if (kept.length === 1 && LONE_ADJECTIVES.has(text)) continue;
    // A lone keyword ("the Council indicates") is a back-reference, not a name.
    if (kept.length === 1 && (ORG_KEYWORDS.test(text) || ZONE_KEYWORDS.test(text))) continue;
    // A lone sentence-initial word (possibly after an opening quote) is too ambiguous.
    if (kept.length === 1 && !/\p{L}/u.test(s.slice(0, start))) continue;
    let type: EntityType = "name";
    if (ORG_KEYWORDS.test(text)) type = "organisation";
    else if (ZONE_KEYWORDS.test(text)) type = "zone";
    else if (KOREAN_NAME_RE.test(text)) type = "person";
    else if (afterTitle && kept.length <= 4) type = "person";
    // "striker Leo Marsh", "forward Sam Idowu": a lowercase role noun right before a 2–3 word name.
    else if (kept.length >= 2 && kept.length <= 3 && /\b(?:striker|forward|defender|midfielder|goalkeeper|captain|coach|manager|minister|president|premier|secretary|director|chairman|ambassador|envoy|spokes(?:man|woman|person)|researcher|scientist|economist|biologist|professor|leader)\s$/.test(s.slice(0, start))) type = "person";
    else if (kept.length >= 2 && kept.length <= 3 && APPOSITIVE_ROLE_RE.test(s.slice(end))) type = "person";
    else if (kept.length >= 2 && kept.length <= 3 && /^\s+(?:said|says|told|added|explained|noted|scored|won|led|announced)\b/.test(s.slice(end))) type = "person";
    out.push({ type, start, end, text, priority: type === "name" ? 1 : 3 });
  }
  void TOKEN_RE;
  return out;
}

function canonicalFor(r: Raw): string {
  if (r.canonical) return r.canonical;
  return r.text;
}

// Zones are left out: their names carry descriptions ("the Rason special economic zone") that make poor list answers.
const LISTABLE: ReadonlySet<EntityType> = new Set(["country", "region", "city", "person", "organisation"]);

/** Groups "Laos, Vietnam and Myanmar" into one list entity (members kept in `items`). */
function groupLists(s: string, ents: Entity[]): Entity[] {
  const out: Entity[] = [];
  let i = 0;
  while (i < ents.length) {
    const first = ents[i];
    if (!first) break;
    const group = [first];
    let j = i;
    let sawAnd = false;
    while (j + 1 < ents.length && !sawAnd) {
      const cur = ents[j];
      const next = ents[j + 1];
      if (!cur || !next) break;
      const gap = s.slice(cur.end, next.start);
      const compatible = LISTABLE.has(next.type) && (next.type === first.type || (["country", "region"].includes(next.type) && ["country", "region"].includes(first.type)));
      if (!compatible || (cur.possessive ?? false)) break;
      if (/^,\s$/.test(gap)) {
        group.push(next);
        j++;
      } else if (/^,\sthe\s$/.test(gap)) {
        group.push(next);
        j++;
      } else if (/^,?\s(?:and|or)\s(?:the\s)?$/.test(gap)) {
        group.push(next);
        j++;
        sawAnd = true;
      } else break;
    }
    // Only a list closed by "and/or" is a list; "Hunchun, Rason" alone could be an address.
    if (group.length >= 2 && sawAnd && !group.some((g) => g.adjective)) {
      const last = group[group.length - 1] ?? first;
      const text = s.slice(first.start, last.end);
      out.push({ type: "list", text, start: first.start, end: last.end, canonical: text, items: group, possessive: last.possessive });
      i = j + 1;
    } else {
      out.push(first);
      i++;
    }
  }
  return out;
}

export type FoundEntity = Entity & { adjective?: boolean };

/** All entities in a sentence, non-overlapping, in text order; lists grouped. */
export function findEntities(s: string): FoundEntity[] {
  const raws: Array<Raw & { adjective?: boolean }> = regexEntities(s);
  for (const h of findGazetteerHits(s)) {
    raws.push({ type: h.type, start: h.start, end: h.end, text: h.surface, canonical: h.canonical, priority: h.adjective ? 2 : 5, adjective: h.adjective });
  }
  // Greedy: longer and higher-priority spans first.
  raws.sort((a, b) => b.priority * 1000 + (b.end - b.start) - (a.priority * 1000 + (a.end - a.start)) || a.start - b.start);
  const taken: Array<Raw & { adjective?: boolean }> = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const r of raws) if (!taken.some((t) => overlaps(t, r))) taken.push(r);
  const covered = (i: number) => taken.some((t) => i >= t.start && i < t.end);
  for (const c of chunkEntities(s, covered)) if (!taken.some((t) => overlaps(t, c))) taken.push(c);
  taken.sort((a, b) => a.start - b.start);
  const ents: FoundEntity[] = taken.map((r) => {
    const possessive = /^['’]s\b/.test(s.slice(r.end, r.end + 2)) || /^['’]s$/.test(s.slice(r.end, r.end + 2));
    const e: FoundEntity = { type: r.type, text: r.text, start: r.start, end: r.end, canonical: canonicalFor(r), possessive };
    if (r.value !== undefined) e.value = r.value;
    if (r.unit !== undefined) e.unit = r.unit;
    if (r.date !== undefined) e.date = r.date;
    if (r.adjective) e.adjective = true;
    return e;
  });
  return groupLists(s, ents);
}
