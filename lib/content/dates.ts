// Date parsing shared by ingestion (article dates) and the generator (event dates).
// Kept dependency-free so both the server seed and the CLI can use it.

export const MONTHS: readonly string[] = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

const MONTH_ALIASES: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month number (1-12) for a full or abbreviated month name ("Mar.", "August"), else null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  return MONTH_ALIASES[w] ?? null;
}

export function monthName(month: number): string {
  const name = MONTHS[month - 1] ?? "";
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 2999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  // Reject impossible days such as February 30 rather than silently rolling over.
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const MONTH_RE = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

// Compiled once: ingestion asks every short line of an article whether it is a date.
const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MDY_RE = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i");
const DMY_RE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})\\b`, "i");

/** Finds the first full date stated in `text` and returns it as ISO "YYYY-MM-DD". */
export function findIsoDate(text: string): string | null {
  const iso = ISO_RE.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MDY_RE.exec(text);
  if (mdy) {
    const m = monthNumber(mdy[1] ?? "");
    if (m) return isoDate(Number(mdy[3]), m, Number(mdy[2]));
  }
  const dmy = DMY_RE.exec(text);
  if (dmy) {
    const m = monthNumber(dmy[2] ?? "");
    if (m) return isoDate(Number(dmy[3]), m, Number(dmy[1]));
  }
  return null;
}

/** Formats an ISO date the way the articles write dates: "August 22, 2012". */
export function formatLongDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${monthName(m ?? 1)} ${d}, ${y}`;
}
