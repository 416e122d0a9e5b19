/**
 * Reads an answer as words and quantities, so "$10 billion", "US$10bn",
 * "10 billion dollars" and "$10,000,000,000" all become the quantity
 * 1e10 USD, and "fourth" / "4th" the ordinal 4.
 */

export type SemanticToken =
  | { type: "word"; text: string }
  | { type: "number"; value: number; unit: string | null }
  | { type: "ordinal"; value: number };

interface RawToken {
  kind: "number" | "symbol" | "word";
  text: string;
  start: number;
  end: number;
}

const SYMBOL_CURRENCY: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR" };
/** Written right before "$" with no space: "US$", "A$", "HK$". */
const DOLLAR_PREFIX: Record<string, string> = { us: "USD", a: "AUD", au: "AUD", c: "CAD", ca: "CAD", nz: "NZD", hk: "HKD", s: "SGD" };
const UNIT_WORDS: Record<string, string> = {
  dollar: "USD", dollars: "USD", usd: "USD",
  // Misspelt unit words still name the unit (the amount itself is never typo-tolerant).
  dolar: "USD", dolars: "USD", doller: "USD", dollers: "USD", dollor: "USD", dollors: "USD",
  euro: "EUR", euros: "EUR", eur: "EUR",
  pound: "GBP", pounds: "GBP", gbp: "GBP", sterling: "GBP",
  yen: "JPY", jpy: "JPY",
  yuan: "CNY", renminbi: "CNY", rmb: "CNY", cny: "CNY",
  won: "KRW", krw: "KRW",
  rupee: "INR", rupees: "INR", inr: "INR",
  percent: "%", pct: "%", percentage: "%",
  ton: "t", tons: "t", tonne: "t", tonnes: "t",
  kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km", km: "km",
  mile: "mi", miles: "mi",
  kilogram: "kg", kilograms: "kg", kg: "kg",
};
/** Scale words usable after a space. */
const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12,
};
/** One-letter scales only count when glued to the number ("$10m", "5k"), since "m" alone may be metres. */
const GLUED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);
const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNIT_ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS_ORDINALS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

const CARDINAL = new Map<string, number>([...UNITS.map((w, i) => [w, i] as const), ...TENS.flatMap((w, i) => (w ? [[w, i * 10] as const] : []))]);
const ORDINAL = new Map<string, number>([...UNIT_ORDINALS.map((w, i) => [w, i] as const), ...TENS_ORDINALS.flatMap((w, i) => (w ? [[w, i * 10] as const] : []))]);

function rawTokens(folded: string): RawToken[] {
  const text = folded.replace(/\bu\.s\.?(?=\s|\$|$)/g, "us").replace(/\bper cent\b/g, "percent");
  const out: RawToken[] = [];
  const re = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|([$€£¥₩₹%])|(\p{L}+)/gu;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const kind = m[1] !== undefined ? "number" : m[2] !== undefined ? "symbol" : "word";
    out.push({ kind, text: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** Tokenize an already folded (lower-case, accent-free) answer. */
export function semanticTokens(folded: string): SemanticToken[] {
  const raw = rawTokens(folded);
  const out: SemanticToken[] = [];
  let i = 0;
  const at = (k: number): RawToken | undefined => raw[k];
  const glued = (a: RawToken | undefined, b: RawToken | undefined) => !!a && !!b && a.end === b.start;

  while (i < raw.length) {
    const tok = raw[i] as RawToken;
    let unit: string | null = null;
    let j = i;

    // Currency written before the amount: "$", "US$", "€".
    const prefixWord = tok.kind === "word" && at(i + 1)?.text === "$" && glued(tok, at(i + 1)) ? DOLLAR_PREFIX[tok.text] : undefined;
    if (prefixWord && at(i + 2)?.kind === "number") {
      unit = prefixWord;
      j = i + 2;
    } else if (tok.kind === "symbol" && tok.text !== "%" && at(i + 1)?.kind === "number") {
      unit = SYMBOL_CURRENCY[tok.text] ?? null;
      j = i + 1;
    }

    const numTok = at(j) as RawToken;
    let value: number | null = null;
    if (numTok.kind === "number") {
      value = Number(numTok.text.replace(/,/g, ""));
      j += 1;
      const next = at(j);
      if (unit === null && next?.kind === "word" && ORDINAL_SUFFIXES.has(next.text) && glued(numTok, next)) {
        out.push({ type: "ordinal", value });
        i = j + 1;
        continue;
      }
    } else if (numTok.kind === "word") {
      const ord = readWordNumber(raw, j, ORDINAL);
      if (ord && unit === null) {
        out.push({ type: "ordinal", value: ord.value });
        i = ord.next;
        continue;
      }
      const card = readWordNumber(raw, j, CARDINAL);
      if (card) {
        value = card.value;
        j = card.next;
      }
    }

    if (value === null) {
      if (tok.kind === "word") out.push({ type: "word", text: tok.text });
      // Stray symbols ("%", "$" with no amount) are punctuation for our purposes.
      i += 1;
      continue;
    }

    // Scale: "10 billion", "10bn", "$10m".
    const scaleTok = at(j);
    if (scaleTok?.kind === "word") {
      const scale = SCALE_WORDS[scaleTok.text] ?? (glued(at(j - 1), scaleTok) ? GLUED_SCALES[scaleTok.text] : undefined);
      if (scale !== undefined) {
        value *= scale;
        j += 1;
      }
    }
    // Unit after the amount: "%", "percent", "dollars", "US dollars", "USD", "tonnes".
    const after = at(j);
    if (after?.text === "%") {
      unit = unit ?? "%";
      j += 1;
    } else if (after?.kind === "word") {
      const isUsDollars = after.text === "us" && at(j + 1)?.kind === "word" && UNIT_WORDS[at(j + 1)?.text ?? ""] === "USD";
      const word = isUsDollars ? (at(j + 1) as RawToken).text : after.text;
      const u = UNIT_WORDS[word];
      if (u !== undefined && (unit === null || unit === u)) {
        unit = u;
        j += isUsDollars ? 2 : 1;
      }
    }
    out.push({ type: "number", value, unit });
    i = j;
  }
  return out;
}

/** "twenty-one", "forty", "fourth", "twenty first": tens word optionally followed by a units word. */
function readWordNumber(raw: readonly RawToken[], k: number, table: Map<string, number>): { value: number; next: number } | null {
  const first = raw[k];
  if (first?.kind !== "word") return null;
  const tens = CARDINAL.get(first.text);
  const second = raw[k + 1];
  if (tens !== undefined && tens >= 20 && tens % 10 === 0 && second?.kind === "word") {
    const unit = table.get(second.text);
    if (unit !== undefined && unit >= 1 && unit <= 9) return { value: tens + unit, next: k + 2 };
  }
  const v = table.get(first.text);
  return v === undefined ? null : { value: v, next: k + 1 };
}

export function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
