import { monthName } from "@/lib/content/dates";
import type { IngestedArticle } from "@/lib/content/ingest-article";
import { splitSentences } from "@/lib/content/split-sentences";
import { findEntities, type FoundEntity } from "./entities";
import { aliasesOf, lookupSurface } from "./gazetteer-index";
import { COUNTRIES, REGIONS } from "./gazetteers/countries";
import { ORGANISATIONS } from "./gazetteers/organisations";
import { PEOPLE } from "./gazetteers/people";
import { PLACES } from "./gazetteers/places";
import { UN_RESOLUTIONS } from "./gazetteers/resolutions";
import { numberToWords } from "./lexicon";
import { stableOrder } from "./stable-hash";
import type { DistractorPool, EntityType } from "./types";

/** Collects entity surface forms by type from articles, so MC distractors come from the deck first. */
export function buildDistractorPool(articles: IngestedArticle[]): DistractorPool {
  return poolFromEntities(articles.flatMap((a) => splitSentences(a.body).map((s) => findEntities(s.text))));
}

/** Same as buildDistractorPool, from entities already found (avoids a second pass per article). */
export function poolFromEntities(sentences: FoundEntity[][]): DistractorPool {
  const pool: DistractorPool = new Map();
  const add = (t: EntityType, v: string) => {
    const arr = pool.get(t) ?? [];
    if (!arr.includes(v)) arr.push(v);
    pool.set(t, arr);
  };
  {
    for (const ents of sentences) {
      for (const e of ents) {
        const members = e.type === "list" ? (e.items ?? []) : [e];
        for (const m of members) {
          if (m.adjective) continue;
          if (m.type === "person" && !m.text.includes(" ")) continue; // bare surnames are not full answers
          if (["country", "region", "person", "organisation", "city", "zone", "landmark", "resolution", "money", "percent"].includes(m.type)) {
            add(m.type, m.type === "person" ? m.text : m.canonical);
          }
        }
      }
    }
  }
  return pool;
}

const PEOPLE_NAMES = new Set(PEOPLE.map((p) => p.name));

export type AnswerSpec = {
  type: EntityType;
  answer: string;
  value?: number;
  unit?: string;
  items?: string[]; // list members (canonical)
  itemType?: EntityType;
  granularity?: "day" | "range" | "month" | "year";
  year?: number;
  month?: number;
  day?: number;
};

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function gazetteerFor(type: EntityType, answer: string): string[] {
  switch (type) {
    case "country": {
      const region = COUNTRIES.find((c) => c.name === answer)?.region;
      const same = COUNTRIES.filter((c) => c.region === region).map((c) => c.name);
      return [...same, ...COUNTRIES.map((c) => c.name)];
    }
    case "region":
      return [...REGIONS];
    case "person": {
      const country = PEOPLE.find((p) => p.name === answer)?.country;
      // Korean-style hyphenated names get Korean officials first so the style does not give it away.
      const koreanStyle = /^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$/.test(answer);
      const same = PEOPLE.filter((p) => (country ? p.country === country : koreanStyle ? /-/.test(p.name) : !/-/.test(p.name))).map((p) => p.name);
      return [...same, ...PEOPLE.map((p) => p.name)];
    }
    case "organisation":
      return ORGANISATIONS.map((o) => o.name);
    case "city":
    case "zone":
    case "landmark": {
      const kind = type;
      return PLACES.filter((p) => p.kind === kind).map((p) => p.name);
    }
    case "resolution":
      return [...UN_RESOLUTIONS].sort((a, b) => Math.abs(a.number - (Number(/\d+/.exec(answer)?.[0]) || 0)) - Math.abs(b.number - (Number(/\d+/.exec(answer)?.[0]) || 0))).map((r) => `Resolution ${r.number}`);
    default:
      return [];
  }
}

function formatLike(template: string, value: number): string {
  // Keep the template's style: "$2 million" → "$4 million"; "24,000" → "48,000"; "seven" → "nine".
  const numMatch = /\d[\d,]*(?:\.\d+)?/.exec(template);
  if (numMatch) {
    const decimals = (numMatch[0].split(".")[1] ?? "").length;
    let s = decimals > 0 ? value.toFixed(decimals) : String(Math.round(value));
    // Manual grouping: toLocaleString is slow and locale-dependent.
    if (numMatch[0].includes(",")) s = s.replace(/^(\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
    return template.slice(0, numMatch.index) + s + template.slice(numMatch.index + numMatch[0].length);
  }
  const word = /^(?:a dozen|[A-Za-z-]+)/i.exec(template)?.[0] ?? "";
  const w = numberToWords(Math.round(value));
  const cased = /^[A-Z]/.test(word) ? w.charAt(0).toUpperCase() + w.slice(1) : w;
  return cased + template.slice(word.length);
}

/** How many decimal places the first figure in a text has ("1.27 billion" → 2). */
function decimalPlaces(text: string): number {
  return ((/[\d,.]+/.exec(text)?.[0] ?? "").split(".")[1] ?? "").length;
}

function numericVariants(spec: AnswerSpec): string[] {
  const v = spec.value ?? NaN;
  if (!Number.isFinite(v)) return [];
  const base = spec.type === "money" ? (/[\d,.]+/.exec(spec.answer)?.[0] ?? "") : String(v);
  const n = Number(base.replace(/,/g, "")) || v;
  // Nearby values rounded as the answer is, not multiples of it: readers spotted "17 / 34 / 68 / 102" as the
  // answer and its multiples, which gives the right one away.
  // A whole number keeps the answer's significant digits (5,500 → 7,700); a decimal keeps its places (9.8 → 13.7),
  // so no option is the only round one.
  const places = decimalPlaces(base);
  const sig = Math.max(2, (base.replace(/,/g, "").replace(/\./, "").replace(/^0+/, "").replace(/0+$/, "") || "1").length);
  const round = (x: number) => (places > 0 ? Number(x.toFixed(places)) : x >= 1 ? Number(x.toPrecision(Math.min(sig, Math.floor(Math.log10(x)) + 1))) : x);
  const factors = Number.isInteger(n) && n < 30 ? [n + 2, n - 2, n + 4, n * 2, n + 1, n + 3].filter((x) => x > 0 && x !== n) : [0.6, 1.4, 0.75, 1.7, 0.45, 2.3].map((k) => round(n * k)).filter((x) => x !== n && (places === 0 || !x.toFixed(places).endsWith("0")));
  // A share of a whole cannot exceed 100%: keep percentage distractors in range when the answer is.
  let capped = spec.type === "percent" && n <= 100 ? factors.filter((f) => f <= 100) : factors;
  // "$1410 million" is formatted unlike money: a value that would need the next unit word is left out.
  // ("0.76 billion pesos" is written "760 million pesos": below one, a value would need the unit word before it.)
  if (/\b(?:thousand|million|billion)\b/.test(spec.answer) && n < 1000) capped = capped.filter((f) => f < 1000 && f >= 1);
  return capped.map((f) => formatLike(spec.answer, places > 0 ? Number(f.toFixed(places)) : Math.round(f)));
}

function dateVariants(spec: AnswerSpec): string[] {
  const { year, month, day } = spec;
  if (year === undefined) return [];
  if (spec.granularity === "year") return [year - 1, year + 1, year - 2, year + 2].map(String);
  if (month === undefined) return [];
  const shifts = [-1, 1, -2, 2, 3, -3];
  const out: string[] = [];
  for (const s of shifts) {
    const idx = year * 12 + month - 1 + s;
    const y = Math.floor(idx / 12);
    const m = (idx % 12) + 1;
    if (spec.granularity === "day" && day !== undefined) out.push(`${monthName(m)} ${Math.min(day, 28)}, ${y}`);
    else if (spec.granularity === "month") out.push(`${monthName(m)} ${y}`);
  }
  return out;
}

function joinList(items: string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Three distractors of the answer's type, or null when three good ones cannot be found.
 * `truths` are values the article states in the same context (other members of a pair, other
 * amounts in the sentence); they are never offered because they would also be "right".
 */
export function chooseDistractors(spec: AnswerSpec, pool: DistractorPool | undefined, truths: string[], seed: string): string[] | null {
  const banned = new Set([spec.answer, ...truths, ...aliasesOf(spec.answer)].map(norm));
  const picked: string[] = [];
  const consider = (cands: string[]) => {
    for (const c of cands) {
      if (picked.length >= 3) return;
      const k = norm(c);
      if (!k || banned.has(k) || picked.some((p) => norm(p) === k)) continue;
      // Part of a stated value ("Wihwa Island" inside "Hwanggumpyong/Wihwa Island economic zone").
      if (truths.some((t) => norm(t).includes(k))) continue;
      // Never offer an alias of a true answer ("DPRK" for "North Korea").
      if (aliasesOf(c).some((a) => banned.has(norm(a)))) continue;
      picked.push(c);
    }
  };
  if (spec.type === "list") {
    const itemType = spec.itemType ?? "country";
    const items = spec.items ?? [];
    // Only lists printed with canonical names ("Laos, Vietnam and Myanmar") get list distractors;
    // "the U.S." or descriptive names would make the right answer stand out.
    if (!items.every((it) => spec.answer.includes(it) && lookupSurface(it))) return null;
    for (const it of items) banned.add(norm(it));
    const fromPool = stableOrder(pool?.get(itemType) ?? [], seed, (s) => s);
    const fromGaz = itemType === "country" && items[0] ? gazetteerFor("country", items[0]) : gazetteerFor(itemType, items[0] ?? "");
    const cands: string[] = [];
    for (const c of [...fromPool, ...fromGaz]) if (!banned.has(norm(c)) && !cands.includes(c)) cands.push(c);
    const lists: string[] = [];
    for (let i = 0; i + items.length <= cands.length && lists.length < 3; i += items.length) lists.push(joinList(cands.slice(i, i + items.length)));
    return lists.length === 3 ? lists : null;
  }
  if (spec.type === "money" || spec.type === "percent" || spec.type === "quantity") {
    const fromPool = (pool?.get(spec.type) ?? []).filter((c) => {
      // Same unit word and within one order of magnitude, so "$2 million" never faces "$10 billion".
      const unitA = /(thousand|million|billion|trillion|bn|%)/.exec(spec.answer)?.[0] ?? "";
      const unitB = /(thousand|million|billion|trillion|bn|%)/.exec(c)?.[0] ?? "";
      const a = Number((/[\d,.]+/.exec(spec.answer)?.[0] ?? "").replace(/,/g, ""));
      const b = Number((/[\d,.]+/.exec(c)?.[0] ?? "").replace(/,/g, ""));
      // The same decimal places too: "1.27 billion pesos" alone among "1.6 / 1.8 / 5.8 billion pesos" is given away by
      // its precision (both readers of set 150).
      return unitA === unitB && b > 0 && a / b < 10 && b / a < 10 && decimalPlaces(c) === decimalPlaces(spec.answer);
    });
    consider(stableOrder(fromPool, seed, (s) => s));
    // Which three of the nearby values varies by question, so the answer is not always the same one of four in order.
    consider(stableOrder(numericVariants(spec), seed, (s) => s));
  } else if (spec.type === "score") {
    const m = /^(\d+)[-–](\d+)$/.exec(spec.answer);
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const sep = spec.answer.includes("–") ? "–" : "-";
    // Plausible nearby results that keep the same winner (a reversed score would change who won).
    consider([[a + 1, b], [a, b + 1 < a ? b + 1 : Math.max(0, b - 1)], [a + 1, b + 1], [a + 2, b], [Math.max(a - 1, b + 1), b]].filter(([x, y]) => x !== a || y !== b).map(([x, y]) => `${x}${sep}${y}`));
  } else if (spec.type === "date" || spec.type === "year") {
    consider(dateVariants(spec));
  } else if (spec.type === "ordinal") {
    return null;
  } else {
    // Known names compete with known names; names the gazetteer does not know (a local team, a
    // fixture's scientist) only with other unknown names of the same type from the deck, so
    // neither style nor fame gives the answer away.
    const gazetteerOnly = spec.type === "country" || spec.type === "region" || spec.type === "resolution";
    const known = gazetteerOnly || lookupSurface(spec.answer) !== undefined || PEOPLE_NAMES.has(spec.answer);
    const isKnown = (c: string) => gazetteerOnly || lookupSurface(c) !== undefined || PEOPLE_NAMES.has(c);
    const orgClass = (c: string) => /\b(United|Rovers|Athletic|Wanderers|FC|City)\b/.test(c) ? "team" : (/\b(University|Institute|Centre|Center|Academy|School)\b/.exec(c)?.[1] ?? "org");
    const fromPool = (pool?.get(spec.type) ?? []).filter((c) => isKnown(c) === known && (spec.type !== "organisation" || known || orgClass(c) === orgClass(spec.answer)));
    consider(stableOrder(fromPool, seed, (s) => s));
    if (known) consider(gazetteerFor(spec.type, spec.answer));
  }
  return picked.length === 3 ? picked : null;
}

/** The four choices in a deterministic, answer-position-varying order. */
export function orderChoices(answer: string, distractors: string[], seed: string): string[] {
  return stableOrder([answer, ...distractors], seed, (s) => s);
}
