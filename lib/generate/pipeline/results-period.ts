// Stage 1 helper: the company and the period a results story reports on ("Aerocadeira S.A. … reported a 57% rise
// in second-quarter net profit" → Aerocadeira, the second quarter of 2025). Readers of set 52 rejected
// "Adjusted EBITDA margin widened to _____ from 12.1%." and "Output fell to _____ of primary aluminium." because
// the card said neither whose figure it was nor for when; with this frame the realiser can say both.
import type { ReferenceDate } from "../relative-dates";

export type ResultsFrame = { company: string; period: string };

const RESULTS_RE = /\b(?:profit|profits|loss|losses|revenue|revenues|results|earnings|sales|turnover|EBITDA|income)\b/i;
// "CEBU CITY — ", and with a hyphen only a dateline in capitals ("KAMPALA - ", "SOFIA - "): a hyphen also joins words.
export const DATELINE_RE = /^(?:[^—–]{2,40}?\s[—–]|\p{Lu}[\p{Lu} .'’]{1,30}(?:,\s[^—–-]{2,30})?\s-)\s+/u;
const QUARTERS = ["first", "second", "third", "fourth"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// Legal forms that no one writes on a card ("Aerocadeira S.A." is Aerocadeira).
const LEGAL_SUFFIX_RE = /,?\s+(?:S\.A\.|SA|S\.p\.A\.|hf\.|Ltd\.?|Limited|plc|PLC|Inc\.?|AG|N\.V\.|NV|ASA|AB|Oyj|Corp\.?|Co\.|GmbH|SE|Bhd|Berhad|Tbk|K\.K\.|SAB de CV|S\.A\.B\. de C\.V\.|AD|JSC|PJSC|A\/S|Oy|SpA|LLC|B\.V\.|BV)$/;
// The lead's subject: a run of capitalised words (with "de", "del", "&" inside) before a comma or a verb.
const LEAD_SUBJECT_RE = /^((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:de|del|da|do|di|van|von|la|le|&|and)\s+)?\p{Lu}[\p{L}'’.-]*){0,4}(?:,?\s+(?:S\.A\.|SA|hf\.|Ltd\.?|plc|PLC|Inc\.?|AG|N\.V\.|ASA|AB|Oyj|Corp\.?|GmbH|SE|Bhd))?)(?=,|\s+(?:(?:has|have)\s+(?=reported|posted|recorded|booked|delivered))?(?:reported|posted|said|swung|returned|announced|raised|cut|lifted|lowered|delivered|made|booked|recorded|increased|grew|fell|rose)\b)/u;

function periodOf(text: string, ref: ReferenceDate, next = ""): string | null {
  const { year, month } = ref;
  if (year === null) return null;
  const quarter = /\b(first|second|third|fourth)[- ]quarter\b/i.exec(text);
  // An annual result published in the first months of a year is the year before's.
  const annualEarly = /\b(?:full[- ]year|annual|year-end|for the year (?:ended|to))\b/i.test(text) && month !== null && month <= 4;
  // "for 2024" names the period; "in 2025" may be when something is expected ("would squeeze margins in 2025": set 186's
  // card dated 2024 revenue "In 2025"), so a report's own year does not date an annual result.
  // ("…lifts output target for 2025" over a February 2025 report of 2024's profit: an annual result published early in a
  // year is never that year's, and a target, forecast or guidance "for" a year looks ahead, set 270.)
  const statedFor = [...text.matchAll(/\b(target|forecast|guidance|outlook|goal|plan|budget)?(?:s\s+|\s+)?for\s+((?:19|20)\d\d)\b/g)].find((m) => !m[1] && Number(m[2]) <= year && !(annualEarly && Number(m[2]) === year));
  // ("…reported a 34 per cent fall in net profit for 2024 on Thursday, … but said new orders had begun to recover in the
  // first quarter": a year the lead reports comes first, and a quarter after it is the outlook, set 258.)
  if (quarter && !(statedFor && (statedFor.index ?? 0) < quarter.index)) {
    const q = QUARTERS.indexOf(quarter[1]!.toLowerCase()) + 1;
    const stated = new RegExp(`${quarter[0]}\\s+(?:of\\s+)?((?:19|20)\\d\\d)`, "i").exec(text)?.[1];
    const y = stated ? Number(stated) : month !== null && month <= q * 3 ? year - 1 : year;
    return `the ${QUARTERS[q - 1]} quarter of ${y}`;
  }
  // "net profit for the July–September quarter": a quarter named by its months, dated by its last.
  const months3 = /\b(January|February|March|April|May|June|July|August|September|October|November|December)[–-](January|February|March|April|May|June|July|August|September|October|November|December) quarter\b/.exec(text);
  if (months3?.[1] && months3[2]) {
    const m = MONTHS.indexOf(months3[2]) + 1;
    return `the ${months3[1]}–${months3[2]} quarter of ${month !== null && m > month ? year - 1 : year}`;
  }
  // "for the six months to September 30", "the six months ended 31 December": a half that the story dates itself. A
  // financial year need not be the calendar's (readers of sets 70-75 rejected "the first half of 2024" for the six
  // months to 30 September 2024 and "the first half of 2025" for the six months to 31 December 2024), so only a half
  // ending in June is "the first half"; any other is named by its last month.
  const months = /\bsix months (?:to|ended|ending|through)\s+(?:\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(`${text} ${next}`);
  const fiscal = /\bhalf of (?:its|the|their) (?:financial|fiscal) year\b/i.test(text);
  if (months?.[1]) {
    const m = MONTHS.indexOf(months[1]) + 1;
    const y = month !== null && m > month ? year - 1 : year;
    return m === 6 && !fiscal ? `the first half of ${y}` : `the six months to ${months[1]} ${y}`;
  }
  // "for the year to 31 March 2025": a financial year named by its end.
  // ("in the year to 30 June", in an August 2025 report: the year to June 2025.)
  // ("for the year to the end of February": the same, set 263.)
  const yearTo = /\byear (?:to|ended|ending)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November)(?:\s+\d{1,2})?(?:,?\s+((?:19|20)\d\d)\b)?/.exec(`${text} ${next}`);
  if (yearTo?.[1]) {
    const m = MONTHS.indexOf(yearTo[1]) + 1;
    return `the year to ${yearTo[1]} ${yearTo[2] ?? (month !== null && m > month ? year - 1 : year)}`;
  }
  // "for the year to 31 December 2024": the calendar year, written as the year.
  const calendar = /\byear (?:to|ended|ending)\s+(?:31\s+)?December(?:\s+31)?,?\s+((?:19|20)\d\d)\b/.exec(`${text} ${next}`)?.[1];
  if (calendar) return calendar;
  // ("helped by … a recovery in export orders in the second half of the year": a time within the year reported, which
  // set 174's card took for the period itself.)
  const half = /\b(?:(first|second)[- ]half(?! of the year\b)|half-year|interim)\b/i.exec(text);
  if (half && !fiscal) {
    // A half-year reported without its months: in July to September it is the six months to June; in February or
    // March a half-year (not a full year) is a non-calendar company's six months to December. Other months are not guessed.
    if (half[1]) {
      const which = half[1].toLowerCase();
      const y = which === "second" && month !== null && month <= 6 ? year - 1 : year;
      return `the ${which} half of ${y}`;
    }
    if (month !== null && month >= 7 && month <= 9) return `the first half of ${year}`;
    if (month !== null && month >= 2 && month <= 3) return `the six months to December ${year - 1}`;
    return null;
  }
  if (half) return null;
  if (statedFor?.[2]) return statedFor[2];
  const statedIn = /\bin\s+((?:19|20)\d\d)\b/.exec(text)?.[1];
  if (statedIn && Number(statedIn) <= year && !(annualEarly && Number(statedIn) === year)) return statedIn;
  // "said on Wednesday that its profit fell by a third last year": the year before the report's.
  if (/(?<!\b(?:from|than|since|with|on|over|to)\s)\blast year\b(?!['’]s)/.test(text)) return String(year - 1);
  if (annualEarly) return String(year - 1);
  return null;
}

/**
 * The company a business story leads with, without its legal form: "Harrowgate Brewing Group, one of Britain's largest
 * independent brewers, will close…" → "Harrowgate Brewing Group". Only when the lead says it is a business: an appositive
 * that calls it a maker, producer, company, group… or a name that ends like one.
 */
export function leadCompany(lead: string): string | null {
  const text = lead.replace(DATELINE_RE, "");
  const subject = LEAD_SUBJECT_RE.exec(text)?.[1];
  if (!subject) return null;
  const company = subject.replace(LEGAL_SUFFIX_RE, "").trim();
  if (company.split(/\s+/).length > 5 || /^(?:The|Shares|Investors|Analysts|Officials)$/.test(company)) return null;
  const after = text.slice(subject.length);
  const business = /^,\s+(?:one of\s+|the\s+|a\s+|an\s+)(?:[\p{L}'’-]+\s+){0,6}?(?:makers?|producers?|manufacturers?|compan(?:y|ies)|groups?|firms?|brewers?|exporters?|retailers?|operators?|airlines?|carriers?|lenders?|banks?|insurers?|miners?|chains?|suppliers?|developers?|publishers?|roasters?|processors?|canners?|distillers?|businesses)\b/iu.test(after);
  const named = /\b(?:Group|Holdings|Industries|Corporation|Company|Ltd|plc|PLC|Inc|SA|AG|ASA|Oyj|Tbk|Bhd)\.?$/.test(subject);
  return business || named ? company : null;
}

/** "October-to-December", "July–September": a span of months, which names a quarter or a season but no year. */
export const MONTH_SPAN = String.raw`[A-Z][a-z]+(?:-to-|[–-])[A-Z][a-z]+`;

// "Proserpine-based prawn farmer Pioneer Bay Aquaculture has posted…": a description before the name is not the name.
export const LEAD_DESCRIPTION = String.raw`\p{Lu}[\p{L}'’-]*-(?:based|listed|headquartered)\s+(?:[a-z-]+\s+){0,6}`;
const LEAD_DESCRIPTION_RE = new RegExp(`^${LEAD_DESCRIPTION}(?=\\p{Lu})`, "u");

/** The company a results story is about and the period it reports, when the headline and lead say both. */
export function resultsFrame(title: string, lead: string, ref: ReferenceDate, next = ""): ResultsFrame | null {
  if (!RESULTS_RE.test(`${title} ${lead}`)) return null;
  const subject = LEAD_SUBJECT_RE.exec(lead.replace(DATELINE_RE, "").replace(LEAD_DESCRIPTION_RE, ""))?.[1];
  if (!subject) return null;
  const company = subject.replace(LEGAL_SUFFIX_RE, "").trim();
  // A person or a place opening the lead ("Shares in…", "Chile's…") is not the company.
  if (company.split(/\s+/).length > 5 || /^(?:The|Shares|Investors|Analysts|Officials)$/.test(company)) return null;
  // (The second sentence often gives the months, and only those are read there: "…reported net profit of 912 million
  // reais for the six months to December 31"; "founded in 1947" is no period reported.)
  const period = periodOf(`${title}. ${lead}`, ref, next);
  return period ? { company, period } : null;
}
