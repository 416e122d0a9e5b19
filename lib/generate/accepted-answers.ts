import { aliasesOf } from "./gazetteer-index";
import { numberToWords } from "./lexicon";
import type { EntityType } from "./types";

function moneyVariants(answer: string): string[] {
  const m = /^(?:US)?[$€£]\s?([\d,.]+)\s?(thousand|million|billion|trillion|bn)?$/i.exec(answer.trim());
  if (!m) return [];
  const n = m[1] ?? "";
  const unit = (m[2] ?? "").toLowerCase();
  const short = unit === "billion" ? "bn" : unit === "million" ? "m" : unit;
  const out = [`${n} ${unit} dollars`.replace(/\s+/g, " "), `US$${n}${short}`, `$${n}${short}`, `${n} ${unit}`.trim(), `US$${n} ${unit}`.trim()];
  return out.filter((v) => v !== answer);
}

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
      if (n) for (const v of [`${n} percent`, `${n} per cent`, n]) out.add(v);
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
