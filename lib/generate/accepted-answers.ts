import { escapeRegExp } from "@/lib/escape-regexp";
import { aliasesOf } from "./gazetteer-index";
import { CURRENCY_FORMS, LOCAL_DOLLAR_PREFIXES, LOCAL_DOLLARS, SIGNED_CURRENCIES } from "./gazetteers/currencies";
import { numberToWords } from "./lexicon";
import type { EntityType } from "./types";

const LOCAL_DOLLAR_RE = new RegExp(String.raw`^(${LOCAL_DOLLAR_PREFIXES})\$\s?([\d,.]+)\s?(thousand|million|billion|trillion|bn)?$`);

// "Rs 104.3 crore", "TSh 19.7 billion", "₦84.6 billion": a code or sign whose other forms are known.
const CODED_RE = new RegExp(String.raw`^(${Object.keys(CURRENCY_FORMS).sort((x, y) => y.length - x.length).map(escapeRegExp).join("|")})\.?\s?([\d,.]+)\s?(thousand|million|billion|trillion|crore|lakh|bn)?$`);

function moneyVariants(answer: string): string[] {
  const a = answer.trim();
  const coded = CODED_RE.exec(a);
  if (coded) {
    const [, key = "", n = "", unit = ""] = coded;
    const forms = CURRENCY_FORMS[key];
    const scaled = `${n}${unit ? ` ${unit === "bn" ? "billion" : unit}` : ""}`;
    const out = [`${scaled} ${forms?.word ?? ""}`, ...(forms?.sign ? [`${forms.sign}${scaled}`] : []), ...(forms?.code ? [`${forms.code} ${scaled}`] : []), ...(/^\p{Sc}$/u.test(key) ? [] : [`${key} ${scaled}`, `${key}${scaled}`])];
    return [...new Set(out.map((v) => v.replace(/\s+/g, " ").trim()))].filter((v) => v !== a);
  }
  // "C$1.15 billion": another country's dollar, also written out ("1.15 billion Canadian dollars").
  const local = LOCAL_DOLLAR_RE.exec(a);
  if (local) {
    const [, prefix = "", n = "", unit = ""] = local;
    const short = unit === "billion" ? "bn" : unit === "million" ? "m" : unit;
    const word = LOCAL_DOLLARS[prefix] ?? "dollars";
    // (And the bare "$": in the article's own country that is how its dollar is written.)
    return [`${prefix}$${n}${short}`, `${n} ${unit} ${word}`, `${prefix}$${n} ${unit}`, `$${n} ${unit}`, `$${n}${short}`].map((v) => v.replace(/\s+/g, " ").trim()).filter((v) => v !== a);
  }
  // ("842 crore rupees" is written "Rs 842 crore" as often; "Rs" serves every rupee that counts in crore.)
  const crore = /^([\d,.]+)\s+(crore|lakh)\s+rupees$/.exec(a);
  if (crore) return [`Rs ${crore[1]} ${crore[2]}`, `Rs${crore[1]} ${crore[2]}`];
  const dollar = /^(?:US)?\$\s?([\d,.]+)\s?(thousand|million|billion|trillion|bn)?$/i.exec(a);
  // ("1,000 CFA francs", "5,000 Jordanian dinars": the currency's last word is what a student writes, "1,000 francs".)
  // ("842 crore rupees": the scale is "crore", never a word of the currency's name to drop: "842 rupees" is another sum, set 253.)
  const other = /^(?:[€£]|EUR\s|GBP\s)\s?([\d,.]+)\s?(thousand|million|billion|trillion|bn)?$/i.exec(a) ?? /^([\d,.]+)\s?(thousand|million|billion|trillion|bn|crore|lakh)?\s+(?!crore\b|lakh\b)(?:[\p{L}]+\s+)?(\p{Ll}+)$/iu.exec(a);
  const m = dollar ?? other;
  if (!m) return [];
  const n = m[1] ?? "";
  const unit = (m[2] ?? "").toLowerCase();
  // ("1.86 trillion pesos" has no short form a student writes: "1.86trillion" is none.)
  const short = unit === "billion" ? "bn" : unit === "million" ? "m" : unit === "bn" ? "bn" : unit ? ` ${unit}` : "";
  const long = unit === "bn" ? "billion" : unit;
  // A bare "$" or "pounds" says nothing of whose currency it is (New Zealand's, Egypt's): a variant never adds a
  // country the answer does not give ("US$", "£", "GBP"), or a wrong answer would be marked right (sets 123-127).
  const out = dollar
    ? [`${n} ${unit} dollars`, `$${n}${short}`, `${n} ${unit}`, ...(/^US/i.test(a) ? [`US$${n}${short}`, `US$${n} ${unit}`] : [])]
    : (() => {
        // An amount is only ever accepted in its own currency ("€480 million" is never "$480m").
        const cur = SIGNED_CURRENCIES.find((c) => c.re.test(a));
        // "4 million pesos": the currency word is part of the answer, never the bare "4" or "4 million".
        if (!cur) return [`${n} ${long} ${m[3] ?? ""}`, `${n}${short} ${m[3] ?? ""}`].filter(() => Boolean(m[3]));
        return [`${cur.symbol}${n} ${long}`, `${cur.symbol}${n}${short}`, `${n} ${long} ${cur.word}`, `${cur.code} ${n} ${long}`];
      })();
  return out.map((v) => v.replace(/\s+/g, " ").trim()).filter((v) => v !== a);
}

// Unit words a student abbreviates; only units whose abbreviation means nothing else.
const UNIT_ABBREVIATIONS: Record<string, string> = {
  kilometres: "km", kilometers: "km", kilometre: "km", kilometer: "km",
  metres: "m", meters: "m", centimetres: "cm", centimeters: "cm", millimetres: "mm", millimeters: "mm",
  kilograms: "kg", kilogrammes: "kg", grams: "g", hectares: "ha",
  "square kilometres": "km²", "square kilometers": "km²", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
  "miles per hour": "mph", "degrees celsius": "°C",
};

/** Alternatives a typed answer should also accept, most useful first, without duplicates. */

export function acceptedAnswersFor(answer: string, type: EntityType, surface?: string): string[] {
  const out = new Set<string>();
  if (surface && surface !== answer) out.add(surface);
  switch (type) {
    case "resolution": {
      const n = /\d{3,4}/.exec(answer)?.[0];
      if (n) for (const v of [n, `UNSCR ${n}`, `UNSC Resolution ${n}`, `UN Resolution ${n}`]) out.add(v);
      break;
    }
    case "money":
      for (const v of moneyVariants(answer)) out.add(v);
      break;
    case "score": {
      const m = /^(\d+)[-–](\d+)$/.exec(answer);
      if (m) for (const v of [`${m[1]}-${m[2]}`, `${m[1]}–${m[2]}`, `${m[1]} to ${m[2]}`]) out.add(v);
      break;
    }
    case "percent": {
      const n = /[\d.]+/.exec(answer)?.[0];
      // ("12.0 per cent" is also "12 per cent": the trailing zero is the article's precision, not another figure.)
      const forms = n && /\.0+$/.test(n) ? [n, n.replace(/\.0+$/, "")] : n ? [n] : [];
      for (const x of forms) for (const v of [`${x}%`, `${x} percent`, `${x} per cent`, x]) out.add(v);
      break;
    }
    case "quantity": {
      if (/^a dozen\b/i.test(answer)) for (const v of ["a dozen", "dozen", "12", "twelve"]) out.add(v);
      // "1.6 million TEU" is answered "1.6 million", never "1.6": the scale word is part of the number.
      const scaled = /^[\d,.]+\s(?:thousand|million|billion|trillion)\b/i.exec(answer)?.[0];
      if (scaled) {
        out.add(scaled);
        break;
      }
      const n = /^a dozen\b/i.test(answer) ? "" : (/^([\d,.]+|[a-z-]+)/i.exec(answer)?.[0] ?? "");
      if (n) {
        out.add(n);
        // "7,000 km" is how a student writes "7,000 kilometres".
        const unit = answer.slice(n.length).trim().toLowerCase();
        const abbr = UNIT_ABBREVIATIONS[unit];
        if (abbr && /^[\d,.]+$/.test(n)) for (const v of [`${n} ${abbr}`, `${n.replace(/,/g, "")} ${abbr}`]) out.add(v);
        const digits = n.replace(/,/g, "");
        if (/^\d+$/.test(digits)) {
          out.add(digits);
          const w = numberToWords(Number(digits));
          if (w !== digits) out.add(w);
        }
      }
      break;
    }
    case "person": {
      for (const a of aliasesOf(answer)) out.add(a);
      const unhyphen = answer.replace(/-/g, "");
      if (unhyphen !== answer) out.add(unhyphen);
      const spaced = answer.replace(/-/g, " ");
      if (spaced !== answer) out.add(spaced);
      break;
    }
    case "country":
    case "organisation":
    case "city":
    case "zone":
    case "landmark":
      for (const a of aliasesOf(answer)) out.add(a);
      break;
    case "list": {
      const items = answer.split(/,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
      if (items.length === 2) out.add(`${items[1]} and ${items[0]}`);
      out.add(items.join(", "));
      break;
    }
    default:
      break;
  }
  out.delete(answer);
  return [...out];
}
