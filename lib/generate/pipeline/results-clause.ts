// Stage 3 helper for the realiser: a results story's clause made whole. Readers of set 52 rejected "Adjusted EBITDA
// margin widened to _____ from 12.1%." and "Output fell to _____ of primary aluminium." because the card said neither
// whose figure it was nor for when; the company and the period come from the analysis (results-period.ts).
import { escapeRegExp } from "@/lib/escape-regexp";
import type { Analysis } from "./analyse-article";
import { LEAD_DESCRIPTION, MONTH_SPAN } from "./results-period";

// A company's figure named by the metric alone ("Adjusted EBITDA margin widened to…", "Output fell to…").
// ("Operating income, the bank's measure of total revenue, grew…": an aside may follow the metric.)
const METRIC_START_RE = /^((?:(?:Net|Operating|Pre-tax|Pretax|Gross|Adjusted|Core|Underlying|Quarterly|Annual|Total|Full-year)\s+)*(?:profit|income|revenue|revenues|sales|turnover|output|production|EBITDA(?:\s+margin)?|margin|earnings|loss|deliveries|shipments|net income|operating profit|order backlog|backlog|(?:customer\s+)?deposits|(?:total\s+)?assets|orders|bookings))(?=\s|,\s+(?:the|its|a|an)\s[^,]{2,60},\s)/i;
const METRIC_ASIDE_RE = /^,\s+(?:the|its|a|an)\s[^,]{2,60},(?=\s)/;
const FIGURE_VERB_RE = /\b(?:was|were|is|are|had|has|rose|fell|grew|came|stood|reached|totall?ed|[a-z]{3,}ed)\b/;
// "Aegean Blue Lines' net profit": a name that is a plural takes the apostrophe alone.
export const possessive = (name: string) => (/(?<![siu])s$/.test(name) ? `${name}'` : `${name}'s`);
// A region or a bare "Exports" as the subject of a change, with at most one aside between.
const SEGMENT_CLAUSE_RE = /^(?:\p{Lu}[\p{L}-]*(?:[\s-]\p{Lu}[\p{L}-]*){0,3}|Exports|Imports|Domestic sales|Overseas sales|International sales|Volumes|Sales volumes|Shipments|Deliveries)(?:\s+[a-z]+ed\s+(?:in|within|to|from|abroad)(?:\s+\p{Lu}[\p{L}-]*)*)?(?:(?:,[^,]{2,40}){1,3},)?\s+(?:only\s+|also\s+)?(?:rose|fell|grew|increased|decreased|dropped|climbed|jumped|slipped|declined|gained|shrank|contracted|expanded|edged|made up|accounted for|(?:was|were) (?:flat|unchanged|steady)|held steady)\b/u;
const MONTH_DATE_RE = /\b(?:1[5-9]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
// ("revenue in the October-to-December period" names a quarter, not its year: set 159's card gave none.)
// ("for the July–September quarter" names a quarter too, and no year.)
// ("…rose 3 per cent to _____, the highest since the third furnace came on line in 2019": a year after "since" is the
// record's, and the card still needs the period, set 239.)
const MONTH_SPAN_G = new RegExp(`\\b${MONTH_SPAN}\\b`, "g");
const hasDate = (text: string) => MONTH_DATE_RE.test(text.replace(MONTH_SPAN_G, "").replace(/\bsince\b[^;]*/g, ""));

/**
 * "for the year ended December 31" is the period reported, written as such: the date resolver dates a day without a
 * year by the year the sentence states, which in "…, compared with a profit of US$21.7 million in 2023" is the
 * comparison's. "for the year" after a dated frame says nothing more.
 */
function periodNamed(text: string, period: string): string {
  const yearOnly = /^\d{4}$/.test(period);
  const periodYear = /\d{4}/.exec(period)?.[0];
  return text
    // ("for the year ended 30 June 2019" in a 2025 report that named 2019 as the year the company listed: the date
    // resolver took the story's year, set 225; the period reported is the frame's.)
    .replace(/\s*\bfor the (?:financial |fiscal )?year (?:ended|ending|to) (?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2})?,? ((?:19|20)\d\d)\b/, (m, y: string) => (periodYear && y !== periodYear ? "" : m))
    .replace(/\bfor the (?:financial |fiscal )?year (?:ended|ending|to) (?:December|Dec\.?) 31(?:,? \d{4})?/g, (m) => (yearOnly ? `for ${period}` : m))
    .replace(/\b(?:for|in) the (?:three|six|nine) months (?:to|ended|ending) (?:[A-Z][a-z]+ \d{1,2}\b|[A-Z][a-z]+)(?:,? \d{4})?/g, (m) => (yearOnly ? m : `in ${period}`))
    .replace(/\s+for the (?:year|half|quarter|period)(?=[,.]|$|\s+(?:rose|fell|grew|climbed|increased|decreased|dropped|slipped|jumped|declined|came|was|were|reached|totall?ed))/, "")
    // ("net profit for the July–September quarter fell" under "In the July–September quarter of 2025, …": said once.)
    .replace(/\s+(?:for|in) (the [A-Z][a-z]+[–-][A-Z][a-z]+ quarter)\b/, (m, named: string) => (period.startsWith(named) ? "" : m));
}

/**
 * "…net income climbed to _____ from $12.1 million in the third quarter of 2025": the comparison's date is not the period
 * reported (set 214's readers took the blank for 2025's), so it is said as "a year earlier" and the frame dates the card.
 */
function comparisonUndated(text: string, period: string): string {
  const frameYear = /\d{4}/.exec(period)?.[0];
  return text.replace(/(\bfrom\s+\S*\d[\d.,]*(?:\s+(?:million|billion|trillion|bn|m))?(?:\s+\p{L}+)?)\s+in\s+(?:the\s+[a-z]+\s+(?:quarter|half)\s+of\s+)?((?:19|20)\d\d)\b/u, (m, from: string, year: string) => (frameYear && year !== frameYear ? `${from} a year earlier` : m));
}

/**
 * In a results story a figure is the company's for the period reported: "In the second quarter of 2025,
 * Aerocadeira's adjusted EBITDA margin widened to _____ from 12.1%.", and in a story about one company "the
 * company" is that company. A metric with no company to name is dropped (null); any other clause is returned as it is.
 */
export function withResultsFrame(a: Analysis, text: string): string | null {
  // ("The EBITDA margin widened to _____" is the same metric with its article: set 162's card named no company.)
  // (A bare "The margin" only in a results story: elsewhere "The margin in St. Anselm's" is a vote's margin.)
  const article = /^(?:The|Its)\s+/.exec(text)?.[0] ?? "";
  const metricAfter = METRIC_START_RE.exec(text.slice(article.length));
  const metric = article && metricAfter && !a.results && /^margin$/i.test(metricAfter[1] ?? "") ? null : metricAfter;
  const frame = a.results;
  if (metric) {
    if (!frame) return null;
    const rest = text.slice(article.length + metric[1]!.length).replace(METRIC_ASIDE_RE, "");
    // "Production at Kolding, which makes around _____ a year": a metric with no verb of its own is no clause.
    if (!FIGURE_VERB_RE.test(rest.split(/,\s+(?:which|who|where)\b/)[0] ?? "")) return null;
    const words = metric[1]!.split(/\s+/).map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase())).join(" ");
    const owned = comparisonUndated(`${possessive(frame.company)} ${words}${periodNamed(rest, frame.period)}`, frame.period);
    return hasDate(owned) ? owned : `In ${frame.period}, ${owned}`;
  }
  // "Asia-Pacific, led by Japan, rose 18 per cent to _____", "Exports, mainly to Central America, rose 22 per cent and made
  // up _____ of revenue": a segment of the company's figures, which the clause names neither as the company's nor by
  // its metric (readers of sets 70-75 rejected all three such cards).
  if (SEGMENT_CLAUSE_RE.test(text) && (frame || a.companies.length > 0 || /\b(?:profit|revenue|results|sales|earnings)\b/i.test(a.ctx.article.title ?? "")) && ![frame?.company, ...a.companies].some((c) => c && text.includes(c))) return null;
  if (!frame) return text;
  // "Shares in the company fell 4.8 percent by the close": the market's move on the day of the report, not a figure of
  // the period, and the card had no day to give it ("In 2024, shares … fell _____", set 234: both readers rejected it).
  if (/^(?:Shares|Its shares|The (?:company|firm|group)['’]s shares)\b|^[^,]{0,60}['’]s?\s+shares\b/.test(text) && !hasDate(text)) return null;
  // One company in the story: "The company posted a net loss of…", "Shares in the company fell…".
  let out = a.companies.length < 2 ? periodNamed(text, frame.period).replace(/\b([Tt])he (?:company|firm)(['’]s)?\b/g, (_m, _t: string, s: string | undefined) => (s ? possessive(frame.company) : frame.company)) : text;
  // "Aerocadeira said retrofit work accounted for _____ of quarterly seat revenue": a past figure of the company.
  // ("Prairie Potash prices soared after Russia's invasion" is the market's story, not the company's period.)
  // ("Snežnik Sport's net profit fell to _____": the company's own figure, as a speaker's report of it became.)
  // ("Coral Coast took in 19,400 tonnes": a short form of "Coral Coast Macadamias", with an irregular past.)
  // ("Koltram cautioned that … a key funding deadline in _____": a warning looks ahead, not back at the period.)
  const words = frame.company.split(/\s+/);
  // ("Bahari Link spent…" in a story about Bahari Link Marine Services: the story's short name, its first words.)
  const shortForms = Array.from({ length: Math.max(0, words.length - 2) }, (_, i) => words.slice(0, words.length - 1 - i).join(" "));
  const names = [frame.company, ...shortForms].map(escapeRegExp).join("|");
  // ("Proserpine-based prawn farmer Pioneer Bay Aquaculture has posted…": the name is enough.)
  out = out.replace(new RegExp(`^${LEAD_DESCRIPTION}(?=${names})`, "u"), "");
  out = comparisonUndated(out, frame.period);
  // "Southern Reef Abalone has reported a rise of _____ in full-year net profit": the report is of the period, which
  // dates it (set 176's card read "By August 2024, … had reported", which readers found names no financial year).
  out = out.replace(new RegExp(`^(${names})\\s+(?:has|have)\\s+(reported|posted|recorded|booked|delivered|announced)\\b`), "$1 $2");
  if (!hasDate(out) && new RegExp(`^(?:${names})(?:['’]s?\\s+(?:[a-z-]+\\s+){1,4}?(?=rose|fell|grew|[a-z]{3,}ed\\b)|\\s+(?!(?:cautioned|warned|expected|predicted|forecast|hoped|planned|intended|aimed|pledged|promised)\\b)(?=said|reported|posted|was|were|had|did|took|sold|made|paid|spent|saw|bought|built|ran|won|lost|kept|grew|[a-z]{3,}ed\\b))`).test(out)) out = `In ${frame.period}, ${out}`;
  // ("The average price Coral Coast Macadamias received for kernel rose to _____": a change in the company's figures.)
  else if (!hasDate(out) && new RegExp(`\\b(?:${names})\\b`).test(out) && /\b(?:rose|fell|grew|dropped|climbed|increased|decreased|declined|jumped|slipped|widened|narrowed)\b/.test(out)) out = `In ${frame.period}, ${out.charAt(0).toLowerCase()}${out.slice(1)}`;
  // ("In the second quarter of 2024, how many boats did Harbor Bend Marine ship in the quarter?": the frame says which.)
  if (/quarter/.test(frame.period) && out.startsWith(`In ${frame.period},`)) out = out.replace(/\s+(?:in|during) the quarter\b(?!\s+(?:to|ended|ending)\b)/, "");
  return out;
}
