import type { ArticleContext, SentenceInfo } from "../article-context";
import { answerForEntity, truthsFor, type Candidate } from "../candidate";
import type { FoundEntity } from "../entities";
import { SLOT, clauseWithSlot, finishQuestion, leaks, selfContained } from "../prompt-text";

const ARTICLE_BEFORE_SLOT = new RegExp(`\\b(?:the|The|a|an)\\s+${SLOT}`);
const POSSESSIVE_BEFORE_SLOT = new RegExp(`(?:((?:[A-Z][\\p{L}-]*\\s+)*[A-Z][\\p{L}-]*)(?:’s|'s)|\\b([Ii]ts|[Tt]heir))\\s+${SLOT}`, "u");
const PART_OF_AMOUNT = /\$[\d.,]+(?:\s*(?:billion|million|trillion|bn|m))?\s+of\s+$/i;
const NOT_AN_OWNER = /^(?:In|On|At|By|For|From|With|To|The|A|An|According|After|Before|During|Since|While|When|As|But|And|Yet|Also)$/;
const VISIT_CUE = /\b(visit(?:ed|s)?|travel(?:l)?ed|trip|delegation|went to|toured)\b/i;
const AGREEMENT_CUE = /\b(agree(?:d|ment|ments)?|accord|deal|treaty|pledge[ds]?|cooperation zones?|signed)\b/i;

function whPhrase(e: FoundEntity, sentence: string): string | null {
  switch (e.type) {
    case "money":
      return "how much";
    case "score":
      return /\b(by|with)\s$/.test(sentence.slice(0, e.start)) ? "what score" : "by what score";
    case "percent":
      return /\b(up|down|increased|decreased|rose|fell|grew|dropped|drop|declined)\s*$/i.test(sentence.slice(0, e.start)) ? "by what percentage" : "what percentage";
    case "quantity":
      return e.unit ? `how many ${e.unit}` : "how many";
    case "person":
      // Subject position (clause start or after a fronted phrase) takes "who"; objects take "whom".
      return /(?:^|[,;:]\s|^[“"])$/.test(sentence.slice(0, e.start)) ? "who" : "whom";
    case "country":
      return "which country";
    case "region":
      return "which region";
    case "city":
      return "which city";
    case "organisation":
      if (/\b(United|Rovers|Athletic|Wanderers|FC|City)\b/.test(e.text) && !/United (States|Nations|Kingdom)/.test(e.text)) return "which team";
      return /\b(Party|Council|Assembly|Commission|Duma|Congress|Parliament)\b/.test(e.text) ? "which body" : "which organisation";
    case "zone":
    case "landmark": {
      const kw = /\b(special economic zone|economic zone|industrial complex|port|river|bridge|island|province|prefecture|stadium|observatory)\b/i.exec(e.text)?.[0];
      return kw ? `which ${kw.toLowerCase()}` : e.type === "zone" ? "which zone" : "which place";
    }
    case "resolution":
      return "which UN Security Council resolution";
    case "list": {
      const n = e.items?.length ?? 0;
      const words = ["", "one", "two", "three", "four", "five", "six", "seven", "eight"];
      const t = e.items?.[0]?.type;
      const noun = t === "person" ? "people" : t === "city" ? "cities" : t === "organisation" ? "organisations" : t === "zone" ? "places" : "countries";
      return `which ${words[n] ?? n} ${noun}`;
    }
    default:
      return null;
  }
}

function familyFor(e: FoundEntity, sentence: string): string {
  if (e.type === "money" || e.type === "percent" || e.type === "quantity" || e.type === "score") return "amount";
  if (e.type === "date" || e.type === "year") return "date";
  if (e.type === "resolution") return "resolution";
  if (AGREEMENT_CUE.test(sentence)) return "agreement";
  if (e.type === "organisation" || e.type === "zone") return "institution";
  if (VISIT_CUE.test(sentence) && (e.type === "country" || e.type === "list" || e.type === "city" || e.type === "person")) return "visit";
  if (e.type === "person") return "person";
  return "entity";
}

/**
 * Entities that cannot be asked about on their own: halves of hyphenated compounds
 * ("North Korea-China trade"), objects of a possessive determiner ("its State Council") and
 * members of an enumeration that was not grouped as a list ("Hunchun, Tumen, Ji‘an, Quanhe …").
 */
export function isEmbedded(s: string, e: FoundEntity, all: FoundEntity[]): boolean {
  if (s.charAt(e.start - 1) === "-" || s.charAt(e.end) === "-") return true;
  if (/\b(?:its|his|her|their|[Ii]ts)\s$/.test(s.slice(0, e.start))) return true;
  if (e.type === "list") return false;
  const prev = all.filter((o) => o.end <= e.start).pop();
  const next = all.find((o) => o.start >= e.end);
  const enumBefore = prev && /^,\s$/.test(s.slice(prev.end, e.start));
  const enumAfter = next && /^,\s$/.test(s.slice(e.end, next.start));
  return Boolean(enumBefore || enumAfter);
}

const BASE_SCORE: Record<string, number> = { amount: 0.8, date: 0.72, resolution: 0.85, agreement: 0.76, institution: 0.72, visit: 0.78, person: 0.74, entity: 0.7 };

/**
 * "Echo" questions: the answer span is replaced by a wh-phrase in place ("Vietnam agreed to
 * donate how many tons of rice to Pyongyang …?"). Works for any sentence shape without parsing,
 * and dates/years move to the end ("… on what date?") where an in-place wh-word reads badly.
 */
export function echoQuestions(ctx: ArticleContext, info: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const s = info.sentence.text;
  if (/\?["”]?$/.test(s) || s.split(/\s+/).length < 6) return out; // rhetorical questions are not facts
  for (const e of info.entities) {
    const ans = answerForEntity(ctx, info, e);
    if (!ans) continue;
    if (e.type === "name" || e.type === "ordinal") continue;
    if (isEmbedded(s, e, info.entities)) continue;
    // Skip bare surnames whose expansion is not the subject of a fact here ("According to Lee").
    if (e.type === "person" && !e.text.includes(" ") && !/\s(visited|said|advised|added)\b/.test(s.slice(e.end, e.end + 10))) continue;
    // "Dr. X said", "X, who joined …": a title or relative clause glued to "who" does not parse.
    if (e.type === "person" && (/\b(?:Dr|Mr|Mrs|Ms|Prof)\.\s$/.test(s.slice(0, e.start)) || /^,\s(?:who|whose|which)\b/.test(s.slice(e.end)))) continue;
    // "The Kim Jong-un regime", "Kim’s meetings": the name is a modifier, "who" would not parse.
    if (e.type === "person" && (/\b[Tt]he\s$/.test(s.slice(0, e.start)) || e.possessive || /^\s[a-z]+\s/.test(s.slice(e.end)) && !/^\s(?:[a-z]+ed|[a-z]+s|said|met|led|won|told|made|put|sent|then|also|later|now|still|quickly|has|had|was|is)\b/.test(s.slice(e.end)))) continue;
    // "U.S. policy", "South Korea tourist visits": a country used as a modifier cannot become "which country".
    if ((e.type === "country" || e.type === "city") && /^\s[a-z]+\b/.test(s.slice(e.end)) && !/^\s(?:[a-z]+ed|[a-z]+s|is|was|has|had|and|or|to|in|on|at|for|with|will|would|could|can|may|might|must|should|as|but|from|by|of|since|over|under|into|about|after|before|during|where|which|who|that|than|also|still|now|then|alone|itself|remains?|seems?|appears?)\b/.test(s.slice(e.end))) continue;
    let start = e.start;
    let end = e.end;
    let wh: string | null;
    void start;
    let suffix = "";
    if (e.type === "date" || e.type === "year") {
      if (/[”"]\s*$/.test(s)) continue; // "… on what date" after a long quote reads badly
      const before = s.slice(0, e.start);
      if (e.type === "year" && (/(from|to|between|and|of|-|–)\s*$/.test(before) || /^\s*[-–]/.test(s.slice(e.end)))) continue;
      // Several dates of one granularity ("Spain in January, Laos in February …") make "when?" ambiguous.
      const sameGranularity = info.entities.filter((o) => o.type === e.type && (o.date?.day === undefined) === (e.date?.day === undefined));
      if (sameGranularity.length > 1) continue;
      // Ranges ("From May to August") are not single dates.
      if (/\b(?:[Ff]rom|to|and|between)\s+(?:(?:early|late)\s+|mid-)?$/.test(before) || /^\s+(?:to|and|until)\s/.test(s.slice(e.end))) continue;
      const prep = /(?:,\s*)?\b([Oo]n|[Ii]n|[Ff]rom|[Ss]ince|[Dd]uring)\s+(?:(?:early|late)\s+|mid-)?$/.exec(before);
      if (!prep) continue;
      start = prep.index;
      // Swallow a trailing comma of a fronted phrase ("On August 6, President …").
      if (s.slice(end, end + 1) === ",") end += 1;
      const g = ans.spec.granularity;
      suffix = g === "year" ? " in what year" : g === "month" ? " in which month" : g === "range" ? " on which dates" : " on what date";
      wh = "";
    } else {
      wh = whPhrase(e, s);
    }
    if (wh === null) continue;
    // "striker Leo Marsh headed …" → "which striker headed …": fold a title before the name into the wh-phrase.
    if (e.type === "person") {
      const words = s.slice(0, start).match(/((?:(?:[A-Z][\p{L}’'-]*|[a-z0-9]+-[a-z0-9-]+)\s+)*)((?:(?:foreign|vice|prime|senior|deputy|assistant|head|trade|chief|marine)\s+)?(?:striker|forward|defender|midfielder|goalkeeper|captain|coach|manager|minister|president|premier|secretary|director|chairman|ambassador|envoy|spokesman|spokeswoman|researcher|scientist|economist|biologist|professor|leader))\s+$/u);
      if (words && words.index !== undefined && !/^[A-Z]/.test((words[2] ?? "").trim()) ) {
        start = words.index;
        wh = `which ${(words[1] ?? "") + (words[2] ?? "")}`.replace(/\s+/g, " ").trim();
      }
    }
    let textWithSlot = s.slice(0, start) + SLOT + s.slice(end);
    // "a 50 person delegation" → "a delegation of how many people".
    if (e.type === "quantity" && /^a\s$/.test(s.slice(Math.max(0, start - 2), start))) {
      const m = /^(\S+)/.exec(s.slice(end + 1));
      if (!m || !/person|people/.test(e.unit ?? "")) continue;
      textWithSlot = s.slice(0, start) + `${m[1]} of ${SLOT}` + s.slice(end + 1 + (m[1]?.length ?? 0));
      wh = "how many people";
      const n = String(e.value ?? "");
      ans.answer = `${n} people`;
      ans.accepted = [e.text, n];
      ans.spec = { ...ans.spec, answer: ans.answer };
    }
    let clause = clauseWithSlot(textWithSlot);
    if (!clause.includes(SLOT)) continue;
    if (suffix) clause = clause.replace(/^\s*,?\s*/, "").replace(SLOT, "").replace(/\s{2,}/g, " ").replace(/\s+([,.])/g, "$1").trim() + suffix + SLOT;
    const resolved = selfContained(ctx, info, clause);
    let prompt = resolved.text;
    // Drop an article in front of the wh-phrase: "the which zone" → "which zone".
    prompt = prompt.replace(ARTICLE_BEFORE_SLOT, SLOT);
    // A possessive in front of the wh-phrase reads badly ("North Korea’s how much debt"): move the
    // owner behind it ("how much of North Korea’s debt", "which organisation of South Korea").
    const owned = POSSESSIVE_BEFORE_SLOT.exec(prompt);
    if (owned) {
      const words = (owned[1] ?? owned[2] ?? "").split(/\s+/);
      while (words.length > 1 && NOT_AN_OWNER.test(words[0] ?? "")) words.shift();
      const owner = words.join(" ");
      const pronoun = owned[2] !== undefined;
      const whole = owned[0].slice(owned[0].lastIndexOf(owner));
      const ownerAt = owned.index + owned[0].lastIndexOf(owner);
      const noun = /^\s+(\p{Ll}+)/u.exec(prompt.slice(owned.index + owned[0].length))?.[1];
      if (wh === "how much" && !pronoun && noun && PART_OF_AMOUNT.test(prompt.slice(0, ownerAt))) {
        // "$10 billion of North Korea’s [$11 billion] debt" → keep the sentence whole and ask for the total.
        prompt = `${prompt.slice(0, ownerAt)}${owner}’s${prompt.slice(owned.index + owned[0].length).replace(/[.?!\s]+$/, "")}. How much was that ${noun} in total`;
      } else if (/^how (?:many|much)\b/.test(wh)) wh = wh.replace(/^how (many|much)/, `how $1 of ${pronoun ? owner.toLowerCase() : `${owner}’s`}`);
      else if (/^which\b/.test(wh) && !pronoun) wh = `${wh} of ${owner}`;
      else continue;
      if (prompt.includes(SLOT)) prompt = prompt.replace(whole, SLOT);
    }
    const atStart = prompt.startsWith(SLOT);
    prompt = prompt.replace(SLOT, wh);
    prompt = prompt.replace(/\s+,/g, ",").replace(/\s{2,}/g, " ").trim();
    if (atStart || suffix) prompt = prompt.charAt(0).toUpperCase() + prompt.slice(1);
    prompt = finishQuestion(prompt);
    if (leaks(prompt, [ans.answer, e.text, ...(e.items ?? []).map((i) => i.text)])) continue;
    const family = familyFor(e, s);
    let score = BASE_SCORE[family] ?? 0.7;
    if (e.type === "year") score -= 0.1;
    // Asking for the article's own subject ("which country…? North Korea") or for a capital used
    // as shorthand for its government ("which city has made an effort…? Moscow") teaches little.
    if (ctx.mainCountry && ans.answer === ctx.mainCountry) score -= 0.2;
    if (e.type === "city" && /^(Pyongyang|Seoul|Beijing|Moscow|Tokyo|Washington)$/.test(e.canonical) && !/\b(visit|to|in|at)\s$/.test(s.slice(0, e.start))) score -= 0.15;
    // Inside a quotation the wording is the speaker's, often elliptic.
    if ((s.slice(0, e.start).match(/[“"]/g)?.length ?? 0) > (s.slice(0, e.start).match(/[”]/g)?.length ?? 0)) score -= 0.1;
    if (prompt.length > 240) score -= 0.1;
    if (prompt.length > 340) score -= 0.15;
    out.push({ family, prompt, answer: ans.answer, accepted: ans.accepted, spec: ans.spec, truths: truthsFor(info, e), info, score, unresolved: resolved.unresolved });
  }
  return out;
}
