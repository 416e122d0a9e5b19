import { monthName, monthNumber } from "@/lib/content/dates";
import type { DateParts } from "./types";

/**
 * What "now" means for an article. `month`/`day` are null when only a year is known
 * (e.g. ISDP brief 004: no date, © 2013, events of 2014 → yearHint 2014).
 */
export type ReferenceDate = { year: number | null; month: number | null; day: number | null };

export type TimeContext = {
  ref: ReferenceDate;
  /** Month of the last month-level time phrase ("In May, …"), for "the following month". */
  narrativeMonth: number | null;
  narrativeYear: number | null;
  /** The last year the text itself stated before this sentence ("On 2 November 1932, …"), for a later "on 8 November". */
  storyYear?: number | null;
};

/**
 * The year of a month named without one. A story the text dates itself, years before publication (a history of
 * 1932), keeps its own year: "on 8 November" is 1932, not the year the piece was published. Otherwise the month
 * is the last such month before publication (or after it, in the future tense).
 */
export function yearOfMonth(month: number, time: TimeContext, future = false): number | null {
  // ("Kedah will represent Malaysia in February", after a sentence on their 2016 title: the future looks ahead of
  // publication, never back into the story.)
  const story = future ? null : (time.storyYear ?? null);
  // A story set years before publication dates its bare months by its own year; one or two years back is a news
  // report's background ("the devaluation in December 2023 … signed in April", in March 2025, is April 2024).
  if (story !== null && (time.ref.year === null || time.ref.year - story >= 3)) return story;
  return yearForMonth(month, time.ref, future);
}

export function referenceFrom(published: string | null, yearHint: number | null | undefined): ReferenceDate {
  if (published) {
    const [y, m, d] = published.split("-").map(Number);
    return { year: y ?? null, month: m ?? null, day: d ?? null };
  }
  return { year: yearHint ?? null, month: null, day: null };
}

/**
 * Year of a month mentioned without one. News reports look back: a month after the publication
 * month belongs to the previous year (an August article saying "in October" means last October).
 */
export function yearForMonth(month: number, ref: ReferenceDate, future = false): number | null {
  if (ref.year === null) return null;
  // Future tense ("would open an office in June") looks ahead instead.
  if (ref.month !== null && month > ref.month && !future) return ref.year - 1;
  // ("will play in Bangkok in February", published in November: next February.)
  if (ref.month !== null && month < ref.month && future) return ref.year + 1;
  return ref.year;
}

function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + delta;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

function longDate(year: number, month: number, day: number): string {
  return `${monthName(month)} ${day}, ${year}`;
}

function cap(s: string, upper: boolean): string {
  return upper ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

const QUICK_RE = /\b(?:last|this|next|following|ago|past|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/i;
// A past verb within the four words before a weekday ("agreed on Tuesday", "said on Friday that").
// Irregular past forms, which "-ed" does not catch ("became world champion on Sunday").
const IRREGULAR_PAST = "said|told|met|won|lost|held|began|took|made|came|went|fell|rose|beat|sold|paid|became|gave|got|left|led|ran|saw|wrote|struck|brought|bought|built|caught|chose|drew|drove|found|flew|grew|kept|knew|meant|sent|spoke|spent|stood|taught|threw|broke|hit|set|put|quit|shut|cut";
const PAST_NEAR_RE = new RegExp(`\\b(?:${IRREGULAR_PAST}|[a-z]{3,}ed)\\s+(?:\\S+\\s+){0,3}$`);
// A past verb anywhere earlier in the clause ("won the cup for the first time since 1962 on Saturday").
const PAST_ANY_RE = new RegExp(`\\b(?:${IRREGULAR_PAST}|was|were|had|did|[a-z]{3,}ed)\\b`);
// A past verb right after a weekday ("on Wednesday approved", "on Sunday evening voted").
const PAST_AFTER_RE = new RegExp(`^,?\\s+(?:(?:night|morning|afternoon|evening)\\s+)?(?:${IRREGULAR_PAST}|[a-z]{3,}ed)\\b`);
const FUTURE_RE = /\b(will|would|plans?|planned|scheduled|set to|next|upcoming|begins|expected to|due|takes? effect|comes? into force)\b/;

export type Resolved = { text: string; unresolved: boolean };

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** The last day with weekday `idx` (Sunday = 0) on or before `d`. */
function weekdayOnOrBefore(d: Date, idx: number): Date {
  const out = new Date(d.getTime());
  out.setUTCDate(out.getUTCDate() - ((out.getUTCDay() - idx + 7) % 7));
  return out;
}

/**
 * "Sunday" in a report of something that happened → "Sunday, March 23, 2025": the last such day on or before publication,
 * or null when the report has no full date (a match report names the day it was played, never the date).
 */
export function pastWeekday(day: string, ref: ReferenceDate): string | null {
  const idx = WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]);
  if (idx < 0 || ref.year === null || ref.month === null || ref.day === null) return null;
  const d = weekdayOnOrBefore(new Date(Date.UTC(ref.year, ref.month - 1, ref.day)), idx);
  return `${day}, ${longDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())}`;
}

/**
 * Rewrites relative time expressions in prompt text against the article's reference date so a
 * card makes sense months later: "last month" → "in January 2015", "In May" → "In May 2012",
 * "on June 1" → "on June 1, 2012". Expressions that cannot be anchored set `unresolved`.
 */
export function resolveRelativeDates(input: string, ctx: TimeContext): Resolved {
  const { ref } = ctx;
  let unresolved = false;
  let text = input;
  // Fast path: most clauses mention no time expression at all.
  if (!QUICK_RE.test(text)) return { text, unresolved };
  const y = ref.year;

  text = text.replace(/\b([Ll])ast week\b/g, (_m, l: string) => {
    if (y === null || ref.month === null || ref.day === null) {
      unresolved = true;
      return `${l}ast week`;
    }
    const d = new Date(Date.UTC(y, ref.month - 1, ref.day));
    const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
    d.setUTCDate(d.getUTCDate() - dow - 7);
    return `${cap("in", l === "L")} the week of ${longDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())}`;
  });
  text = text.replace(/\b([Ll])ast month\b/g, (_m, l: string) => {
    if (y === null || ref.month === null) {
      unresolved = true;
      return `${l}ast month`;
    }
    const p = shiftMonth(y, ref.month, -1);
    return `${cap("in", l === "L")} ${monthName(p.month)} ${p.year}`;
  });
  text = text.replace(/\b([Tt])he following month\b/g, (_m, t: string) => {
    if (ctx.narrativeMonth === null || ctx.narrativeYear === null) {
      unresolved = true;
      return `${t}he following month`;
    }
    const p = shiftMonth(ctx.narrativeYear, ctx.narrativeMonth, 1);
    return `${cap("in", t === "T")} ${monthName(p.month)} ${p.year}`;
  });
  if (y !== null) {
    text = text
      // "between October 2023 and June this year": a month with its year word is that month of that year, not
      // "June in 2024" (the read of set 52 found "June 2024 in 2024").
      .replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December) (this|last|next) year\b/g, (_m, mon: string, w: string) => `${mon} ${w === "this" ? y : w === "last" ? y - 1 : y + 1}`)
      .replace(/\b([Ll])ate last year\b/g, (_m, l: string) => `${cap("in", l === "L")} late ${y - 1}`)
      .replace(/\b([Ll])ast year\b/g, (_m, l: string) => `${cap("in", l === "L")} ${y - 1}`)
      .replace(/\bof this year\b/g, `of ${y}`)
      // "by the end of next year": after "of", a year stands without "in".
      .replace(/\bof next year\b/g, `of ${y + 1}`)
      .replace(/\bof last year\b/g, `of ${y - 1}`)
      .replace(/\blater this year\b/g, `later in ${y}`)
      .replace(/\b([Tt])his year\b/g, (_m, t: string) => `${cap("in", t === "T")} ${y}`)
      .replace(/\b([Nn])ext year\b/g, (_m, n: string) => `${cap("in", n === "N")} ${y + 1}`);
  } else if (/\b(last|this|next) year\b/i.test(text)) unresolved = true;

  // "last November" in a September 2025 report is November 2024; "next March" is March 2026.
  text = text.replace(/\b([Ll]ast|[Nn]ext|[Tt]his) (January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m, which: string, mon: string) => {
    const month = monthNumber(mon);
    if (y === null || ref.month === null || month === null) {
      unresolved = true;
      return m;
    }
    const w = which.toLowerCase();
    const year = w === "last" ? (month < ref.month ? y : y - 1) : w === "next" ? (month > ref.month ? y : y + 1) : y;
    return `${cap("in", /^[LNT]/.test(which))} ${mon} ${year}`;
  });
  // "on Saturday" in a dated report means the last such day on or before publication.
  text = text.replace(/\b([Oo]n )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d|\u0001))/g, (m, on: string | undefined, day: string, offset: number, whole: string) => {
    // ("on Monday, _____" while its own date is the blank, and "Monday, 22 July": the day is dated by the text.)
    if (y === null || ref.month === null || ref.day === null) return m;
    // "the previous Tuesday", "the following Sunday": counted from an event, not from publication.
    if (/\b(?:previous|following|next|same|that)\s+$/i.test(whole.slice(Math.max(0, offset - 12), offset))) {
      unresolved = true;
      return m;
    }
    const idx = WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]);
    const d = new Date(Date.UTC(y, ref.month - 1, ref.day));
    // The verb right before the day decides: "said on Friday it would…" is the Friday before publication,
    // even though the sentence also speaks of the future.
    const before = whole.slice(Math.max(0, offset - 50), offset);
    // "will be played on Sunday": a participle after "be" is passive, not past.
    const pastVerb = PAST_NEAR_RE.test(before) && !/\b(?:expected|scheduled|planned|set|due|slated)\s+(?:\S+\s+){0,3}$/.test(before) && !/\b(?:be|being)\s+[a-z]+ed\s+(?:\S+\s+){0,3}$/.test(before);
    // ("The Azores regional government on Wednesday approved a €38 million plan": a past verb right after the day says it
    // is no day to come, whatever "plan" says later; set 282 was dated a week after it was published.)
    const pastAfter = PAST_AFTER_RE.test(whole.slice(offset + m.length));
    // "will … from Friday", "is due on Monday": a future clause means the next such day after publication.
    if (!pastVerb && !pastAfter && FUTURE_RE.test(text)) d.setUTCDate(d.getUTCDate() + (((idx - d.getUTCDay() + 7) % 7) || 7));
    else if (pastVerb || PAST_ANY_RE.test(whole.slice(0, offset))) d.setTime(weekdayOnOrBefore(d, idx).getTime());
    else {
      // "the final on Sunday", "plays on Sunday": the tense does not say which Sunday, so the day is left out.
      if (!on) unresolved = true;
      return on ? "\u0000" : m;
    }
    // "on Sunday night" → "on the night of Sunday, June 15, 2025", not "on Sunday, June 15, 2025 night".
    const part = /^\s+(night|morning|afternoon|evening)\b/.exec(whole.slice(offset + m.length))?.[1];
    // "in Thursday morning trading": the part of the day qualifies a noun, and "the morning of … trading" is no English.
    if (part && /^\s+\w+\s+(?:trading|session|deals?|business|rush|traffic)\b/.test(whole.slice(offset + m.length))) {
      unresolved = true;
      return m;
    }
    if (part) return `${on ? "on " : ""}the ${part} of ${day}, ${longDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())}\u0002`;
    // "on Tuesday, March 11, 2025, that will cut…": a year inside a sentence is closed by a comma.
    const close = /^\s+[a-z]/.test(whole.slice(offset + m.length)) ? "," : "";
    return `${on ?? ""}${day}, ${longDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())}${close}`;
  });
  // "X ago" / "over the past few months": anchor to the publication month, or the year when that is all we know.
  const anchor = y === null ? null : ref.month !== null ? `${monthName(ref.month)} ${y}` : `the time of writing (${y})`;
  text = text.replace(/\b((?:[Jj]ust over |[Nn]early |[Aa]lmost |[Aa]bout |[Oo]ver )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) (?:days?|weeks?|months?|years?|decades?)) ago\b/g, (_m, span: string) => {
    if (anchor === null) {
      unresolved = true;
      return `${span} ago`;
    }
    return `${span} before ${anchor}`;
  });
  text = text.replace(/\b([Oo]ver|[Ii]n) the (past|last) (few|several|two|three) (months|years|weeks|decades)\b/g, (m, prep: string, _p: string, n: string, unit: string) => {
    if (anchor === null) return m;
    return `${prep} the ${n} ${unit} before ${anchor}`;
  });

  // Month + day without a year: "on June 1" → "on June 1, 2012"; "the following Mar. 7" takes the
  // last year stated earlier in the same text.
  text = text.replace(new RegExp(`\\b(${MONTH})(\\s+\\d{1,2}(?:\\s*(?:-|–|to)\\s*\\d{1,2})?)\\b(?!,?\\s*\\d{4})(?![\\d%])`, "g"), (m, mon: string, days: string, offset: number, whole: string) => {
    const month = monthNumber(mon);
    if (month === null) return m;
    const before = whole.slice(0, offset);
    let year: number | null = null;
    if (/following\s*$/.test(before)) {
      const years = [...before.matchAll(/(?<!(?:Resolution|UNSCR)\s)\b(?:19\d\d|20[0-4]\d)\b/g)];
      const lastYear = years[years.length - 1];
      if (lastYear) year = Number(lastYear[0]);
    }
    year ??= yearOfMonth(month, ctx, FUTURE_RE.test(before));
    if (year === null) return m;
    return `${mon}${days}, ${year}`;
  });
  // Day before month, as British text writes it: "by 8 November" → "by 8 November 1932".
  text = text.replace(new RegExp(`\\b(\\d{1,2}\\s+)(${MONTH})\\b(?!,?\\s*\\d{4})(?![\\d%])`, "g"), (m, days: string, mon: string, offset: number, whole: string) => {
    const month = monthNumber(mon);
    if (month === null) return m;
    const year = yearOfMonth(month, ctx, FUTURE_RE.test(whole.slice(0, offset)));
    return year === null ? m : `${days}${mon} ${year}`;
  });
  // "Between December and February", in a March 2025 report: the span crosses the new year, so December is 2024's.
  text = text.replace(new RegExp(`\\b([Bb]etween|[Ff]rom)\\s+(${MONTH})\\s+(and|to)\\s+(${MONTH})(?![\\w.]|,?\\s*\\d{4}\\b)`, "g"), (m, pre: string, first: string, link: string, second: string, offset: number, whole: string) => {
    const m1 = monthNumber(first);
    const m2 = monthNumber(second);
    if (m1 === null || m2 === null) return m;
    const y2 = yearOfMonth(m2, ctx, FUTURE_RE.test(whole.slice(0, offset)));
    if (y2 === null) return m;
    return `${pre} ${first} ${m1 > m2 ? y2 - 1 : y2} ${link} ${second} ${y2}`;
  });
  // Bare month after a preposition: "In May" → "In May 2012"; "mid-August" → "mid-August 2016".
  text = text.replace(new RegExp(`(\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]or|[Dd]uring|[Ff]rom|[Tt]o|and)\\s+(?:(?:early|late)\\s+|mid-)?)(${MONTH})(?![\\w.]|\\s+\\d|\\s+of\\s+\\d)`, "g"), (m, pre: string, mon: string, offset: number, whole: string) => {
    const month = monthNumber(mon);
    if (month === null) return m;
    // "A follow-up study starting in September will ask…": a start that a later "will" puts in the future.
    const before = whole.slice(0, offset);
    const starts = /\b(?:starting|beginning|from|opening|due)\s+(?:in\s+)?$/.test(before + pre) && /\bwill\b/.test(whole);
    const year = yearOfMonth(month, ctx, FUTURE_RE.test(before) || starts);
    if (year === null) return m;
    // "in February." ends the sentence: the full stop is not an abbreviation's and goes after the year.
    const stop = mon.endsWith(".") && monthName(month) === mon.slice(0, -1) ? "." : "";
    return `${pre}${stop ? mon.slice(0, -1) : mon} ${year}${stop}`;
  });
  // "In August of 2014" reads better as "In August 2014".
  text = text.replace(new RegExp(`\\b(${MONTH}) of (\\d{4})\\b`, "g"), "$1 $2");
  // ("Jomala's municipal council on Wednesday evening approved…": the part of the day goes with the day, set 308.)
  return { text: text.replace(/\s*\u0000(?:\s+(?:night|morning|afternoon|evening)\b)?/g, "").replace(/\u0002\s+(?:night|morning|afternoon|evening)\b/g, "").replace(/\u0002/g, ""), unresolved };
}

export type DateAnswer = { answer: string; accepted: string[]; granularity: "day" | "range" | "month" | "year" };

/** Answer text for a date entity, with the year filled in from context when the text omits it. */
export function dateAnswer(d: DateParts, surface: string, time: TimeContext, textBefore: string): DateAnswer | null {
  let year = d.year ?? null;
  if (year === null && d.month !== undefined) {
    if (/following\s*$/.test(textBefore)) {
      const years = [...textBefore.matchAll(/(?<!(?:Resolution|UNSCR)\s)\b(?:19\d\d|20[0-4]\d)\b/g)];
      const last = years[years.length - 1];
      if (last) year = Number(last[0]);
    }
    year ??= yearOfMonth(d.month, time, FUTURE_RE.test(textBefore));
  }
  const accepted = new Set<string>([surface]);
  if (d.month !== undefined && d.day !== undefined && d.endDay !== undefined) {
    if (year === null) return null;
    const answer = `${monthName(d.month)} ${d.day}–${d.endDay}, ${year}`;
    accepted.add(`${monthName(d.month)} ${d.day}-${d.endDay}, ${year}`);
    accepted.add(`${monthName(d.month)} ${d.day} to ${d.endDay}, ${year}`);
    return { answer, accepted: [...accepted].filter((a) => a !== answer), granularity: "range" };
  }
  if (d.month !== undefined && d.day !== undefined) {
    if (year === null) return null;
    const answer = longDate(year, d.month, d.day);
    const mon3 = monthName(d.month).slice(0, 3);
    accepted.add(`${mon3}. ${d.day}, ${year}`);
    accepted.add(`${d.day} ${monthName(d.month)} ${year}`);
    accepted.add(`${year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`);
    accepted.add(`${monthName(d.month)} ${d.day}`);
    return { answer, accepted: [...accepted].filter((a) => a !== answer), granularity: "day" };
  }
  if (d.month !== undefined) {
    if (year === null) return null;
    const q = d.qualifier ? `${d.qualifier === "mid" ? "mid-" : d.qualifier + " "}` : "";
    const answer = `${q}${monthName(d.month)} ${year}`;
    accepted.add(`${monthName(d.month)} ${year}`);
    return { answer, accepted: [...accepted].filter((a) => a !== answer), granularity: "month" };
  }
  if (year !== null) return { answer: String(year), accepted: [], granularity: "year" };
  return null;
}
