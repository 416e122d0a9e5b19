import { expandSurname, type ArticleContext, type SentenceInfo } from "../article-context";
import { acceptedAnswersFor } from "../accepted-answers";
import { truthsFor, type Candidate } from "../candidate";
import { escapeRegExp } from "@/lib/escape-regexp";
import { COURTESY_TITLE_START_RE, TITLED_SURNAME_RE } from "../lexicon";
import { finishQuestion, leaks } from "../prompt-text";

const SPEECH = "said|says|added|continued|explained|advised|noted|argued|warned|stressed|stated|insisted|told reporters";

const TRAILING_RE = new RegExp(`^[“"](.{15,}?)[,.]?[”"]\\s*,?\\s+([A-Z][\\p{L}.\\- ]{1,60}?)\\s+(?:${SPEECH})\\b`, "u");
const INVERTED_RE = new RegExp(`^[“"](.{15,}?)[,.]?[”"]\\s*,?\\s+(?:${SPEECH})\\s+([A-Z][\\p{L}.\\- ]{1,60}?)(?=,\\s|\\.\\s*$|$)`, "u");
const LEADING_RE = new RegExp(`\\b(?:${SPEECH})(?: that)?,?\\s+(?:the\\s+)?[“"](.{15,}?)[,.]?[”"]`, "u");

/** The one full name the article gives a surname ("Andrew Kanime" for "Mr Kanime"), or null when none or several. */
function fullNameFor(ctx: ArticleContext, info: SentenceInfo, surname: string): string | null {
  return longerName(ctx, surname) ?? expandSurname(info, surname);
}

/** The one longer name the article gives a short one ("Yves Le Goff" for "Le Goff"), or null. */
function longerName(ctx: ArticleContext, short: string): string | null {
  const names = [...new Set(ctx.sentences.flatMap((x) => x.entities).filter((e) => (e.type === "person" || e.type === "name") && e.text.endsWith(` ${short}`) && !COURTESY_TITLE_START_RE.test(e.text)).map((e) => e.text))];
  return names.length === 1 ? (names[0] ?? null) : null;
}

/** "Christoph and Sabine Lechner": two given names before one surname (a place before "and" is not a given name). */
function sharedSurname(ctx: ArticleContext, surname: string): boolean {
  const couples = [...ctx.article.body.matchAll(new RegExp(`\\b(\\p{Lu}\\p{Ll}+) (?:and|&) \\p{Lu}\\p{Ll}+ ${escapeRegExp(surname)}\\b`, "gu"))];
  if (couples.length === 0) return false;
  const places = new Set(ctx.sentences.flatMap((x) => x.entities).filter((e) => ["country", "city", "region", "zone", "landmark"].includes(e.type)).map((e) => e.text));
  return couples.some((m) => !places.has(m[1] ?? ""));
}

/** Who said what: attributed quotations, speaker resolved to a full name. */
export function quoteQuestions(ctx: ArticleContext, info: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const s = info.sentence.text;
  let quote: string | null = null;
  let speakerSpan: { start: number; end: number } | null = null;
  const trailing = TRAILING_RE.exec(s);
  if (trailing) {
    quote = trailing[1] ?? null;
    const sp = trailing[2] ?? "";
    const idx = s.indexOf(sp, (trailing[1] ?? "").length);
    speakerSpan = { start: idx, end: idx + sp.length };
  }
  // “…,” said Dr. Ingrid Solberg, the marine biologist …
  const inverted = quote ? null : INVERTED_RE.exec(s);
  if (inverted) {
    quote = inverted[1] ?? null;
    const sp = inverted[2] ?? "";
    const idx = s.indexOf(sp, (inverted[1] ?? "").length);
    speakerSpan = { start: idx, end: idx + sp.length };
  } else if (!quote) {
    const leading = LEADING_RE.exec(s);
    if (leading) {
      quote = leading[1] ?? null;
      speakerSpan = { start: 0, end: leading.index };
    }
  }
  if (!quote || !speakerSpan) return out;
  // Speaker = the last person named in the speaker span ("President Truong Tan Sang of Vietnam").
  const people = info.entities.filter((e) => e.start >= speakerSpan.start && e.end <= speakerSpan.end && (e.type === "person" || e.type === "name"));
  const p = people[people.length - 1];
  if (!p) return out;
  // "Mr Kanime" is the surname with a courtesy title: the card names the person as the article first did
  // ("Andrew Kanime"), so the answer is formatted like the other people offered as options.
  const honorific = TITLED_SURNAME_RE.exec(p.text);
  // "The plaintiffs, Christoph and Sabine Lechner": two people share the surname, so "Mr Lechner" names neither in
  // full, and the one name the article spells out is the other's (set 173's card answered Sabine for Mr Lechner).
  // ("Zahid Hossain of Bangladesh and Rajeev Menon" is a place before "and", not a second given name.)
  if (honorific && sharedSurname(ctx, honorific[1] ?? "")) return out;
  // A surname with a particle ("Le Goff said") has a space but is still a surname: the full name is the one the article gave.
  const full = honorific ? (fullNameFor(ctx, info, honorific[1] ?? "") ?? p.text) : (longerName(ctx, p.text) ?? (p.text.includes(" ") ? p.text : expandSurname(info, p.text)));
  if (!full) return out;
  // ("…has been, more or less, 'the soil is full of heavy metals,'": the comma that led into "said" goes from inside a
  // closing inner quotation mark too, set 241.)
  const prompt = finishQuestion(`Who said: “${quote.replace(/[,\s]+$/, "").replace(/,(['’])$/, "$1")}”`);
  if (leaks(prompt, [full, p.text])) return out;
  const accepted = acceptedAnswersFor(full, "person", p.text !== full ? p.text : undefined);
  out.push({ family: "quote", prompt, answer: full, accepted, spec: { type: "person", answer: full }, truths: truthsFor(info, p), info, score: 0.86 });
  return out;
}
