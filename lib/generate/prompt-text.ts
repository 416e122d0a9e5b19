import { escapeRegExp } from "@/lib/escape-regexp";
import { expandSurname, type ArticleContext, type SentenceInfo } from "./article-context";
import { resolveRelativeDates } from "./relative-dates";

export const SLOT = "\u0001"; // placeholder for the answer while the prompt is rewritten

// Compiled once: clauseWithSlot runs for every candidate question.
const LABEL_RE = new RegExp(`^(?:[A-Z${SLOT}][\\p{L}.${SLOT}]*)(?:\\s[A-Z][\\p{L}.]*)?:\\s+(?=[A-Z])`, "u");
const SUBJECT_START_RE = new RegExp(`^(?:[A-Z]|the\\b|it\\b|there\\b|this\\b|these\\b|they\\b|he\\b|she\\b|its\\b|an?\\b|${SLOT})`);
const MAIN_CLAUSE_RE = new RegExp(`^(?:[A-Z]|the\\b|it\\b|there\\b|this\\b|they\\b|${SLOT})`);

const DISCOURSE_MARKERS =
  /^(?:However|Moreover|Furthermore|Additionally|Also|Still|Finally|Instead|Further|Meanwhile|Therefore|Thus|In response|In return|In addition|As such|As a result|In any case|If anything|Even then|To be sure|On the other hand|In light of this|Interestingly|Contemporaneously|And|But|So),?\s+/;

/** Splits off the clause that holds the slot: "A, while B" / "A; B" / "While A, B". */
export function clauseWithSlot(input: string): string {
  // Drop "—an aside—" dashes and short "Label: " prefixes ("Japan: North Korea has …") unless the slot is in them.
  let text = input.replace(/—[^—]*—/g, (m) => (m.includes(SLOT) ? m : " ")).replace(/\s{2,}/g, " ");
  // A label holding the answer ("Japan: North Korea has moved …") is dropped too; the caller then
  // finds no slot and skips the question, since the label alone is not a fact.
  text = text.replace(LABEL_RE, "");
  // A dateline set off by a hyphen ("KAMPALA - Mpologoma Sugar…") is dropped like one set off by a dash; only capitals
  // make it one, since a hyphen between spaces also joins ordinary words.
  text = text.replace(/^\p{Lu}{2,}[\p{Lu} .,'’]{0,30}\s-\s+(?=\p{Lu})/u, (m) => (m.includes(SLOT) ? m : ""));
  const parts = text.split(/;\s+|,\s+(?=(?:while|whereas|but|although|though)\s)|\s+—\s+|—(?=[a-z])/);
  let clause = parts.find((p) => p.includes(SLOT)) ?? text;
  // A later clause without its own subject ("…, but also acknowledges that …") cannot stand alone.
  if (clause !== parts[0]) {
    const bare = clause.replace(/^(?:while|whereas|but|although|though)\s+/i, "");
    if (!SUBJECT_START_RE.test(bare)) clause = text;
  }
  // "While X, Y": keep the half that holds the slot.
  const sub = /^(While|Although|Though|Whereas|Despite)\s+([^,]+),\s+(.+)$/is.exec(clause);
  // Only split when the rest is a real main clause starting with a subject, not a list tail
  // ("While Myanmar, Singapore and Thailand were …").
  const mainClause = sub?.[3] ?? "";
  if (sub && (sub[2] ?? "").split(/\s+/).length >= 3 && mainClause.split(/\s+/).length >= 6 && MAIN_CLAUSE_RE.test(mainClause)) {
    clause = (sub[2] ?? "").includes(SLOT) ? (sub[2] ?? "") : mainClause;
  }
  if (clause !== text && clause !== parts[0]) clause = clause.replace(/^(?:while|whereas|but|although|though)\s+/i, "");
  // Keep a leading time phrase of the whole sentence when the clause lost it.
  const lead = /^((?:In|On|From|During|By|Since|After|Before)\s[^,]{2,40}?),\s/.exec(text);
  if (lead && !clause.startsWith(lead[0]) && !clause.includes(lead[1] ?? "") && /\d|January|February|March|April|May|June|July|August|September|October|November|December|month|week|year/.test(lead[1] ?? "")) {
    clause = `${lead[0]}${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
  }
  return clause.trim().replace(/[.!?]+["”’]?$/, (m) => (m.includes("”") ? "”" : ""));
}

const PAIR_RE = /\b(the two countries|the two sides|both countries|both sides|the two states|the two nations)\b/i;

function resolvePair(ctx: ArticleContext, info: SentenceInfo): string | null {
  const here = [...new Set(info.countries)];
  const prev = [...new Set(ctx.sentences[info.index - 1]?.countries ?? [])];
  const main = ctx.mainCountry;
  if (here.length === 2) return `${here[0]} and ${here[1]}`;
  if (here.length === 1 && main && here[0] !== main) return `${main} and ${here[0]}`;
  if (here.length === 0 && prev.length === 2) return `${prev[0]} and ${prev[1]}`;
  if (here.length === 0 && prev.length >= 1 && main) {
    const other = prev.find((c) => c !== main);
    if (other) return `${main} and ${other}`;
  }
  return null;
}

export type PromptText = { text: string; unresolved: boolean };

/**
 * Makes a sentence (with the answer already replaced by SLOT) stand on its own: drops discourse
 * markers, expands surnames, names "the two countries", fixes "the North", resolves a leading
 * pronoun from the previous sentence and anchors relative dates.
 */
export function selfContained(ctx: ArticleContext, info: SentenceInfo, text: string): PromptText {
  let unresolved = false;
  let t = text.replace(DISCOURSE_MARKERS, "").replace(DISCOURSE_MARKERS, "");
  t = t.charAt(0).toUpperCase() + t.slice(1);

  if (ctx.mainCountry === "North Korea") {
    t = t.replace(/\b[Tt]he North(?=[’'‘]s\b)/g, "North Korea").replace(/\b([Tt])he North\b(?! Korea)/g, "North Korea");
  }
  const pair = PAIR_RE.exec(t);
  if (pair) {
    const names = resolvePair(ctx, info);
    if (names) t = t.replace(PAIR_RE, names);
    else unresolved = true;
  }
  // Bare surnames that refer back to someone named earlier ("Lee said", "Kim’s meetings").
  t = t.replace(/\b([A-Z][a-z]+)\b(?=(?:[’']s\b|\s+(?:said|added|advised|explained|continued|noted|visited|was|is|has)\b|,))/g, (m, name: string, offset: number, whole: string) => {
    const after = whole.slice(offset + m.length, offset + m.length + 2);
    if (/^\s[A-Z]/.test(after) || /-$/.test(whole.slice(0, offset))) return m;
    const full = expandSurname(info, name);
    if (!full || full === name || whole.includes(full)) return m;
    // Only expand if the preceding word is not part of the name already ("Kim Jong-un").
    if (/[A-Z][a-z]+\s$/.test(whole.slice(Math.max(0, offset - 12), offset)) && !/(?:to|by|of|Secretary|Minister)\s$/.test(whole.slice(0, offset))) return m;
    return full;
  });
  t = t.replace(/\b(?:According to|by) ([A-Z][a-z]+)\b(?![\s-][A-Z])/g, (m, name: string) => {
    const full = expandSurname(info, name);
    return full && full !== name ? m.replace(name, full) : m;
  });
  // A sentence-initial pronoun takes the previous sentence's leading country/person.
  const pron = /^(It|He|She)(?:[’']s)?\s(?!is (?:likely|possible|unlikely|clear|difficult|important)|was reported|seems|would|remains|doesn)/.exec(t);
  if (pron) {
    const prev = ctx.sentences[info.index - 1];
    const cand = prev?.entities.find((e) => (pron[1] === "It" ? e.type === "country" || e.type === "organisation" : e.type === "person") && !e.adjective);
    // Only a sentence-initial subject of the previous sentence is a safe antecedent.
    const lead = cand && prev ? prev.sentence.text.slice(0, prev.sentence.text.indexOf(cand.text)) : "x";
    // "The deal was signed … It will take effect …": a short "The X" subject is the antecedent of "It".
    const npSubject = pron[1] === "It" ? /^(The\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:was|is|has|had|will|would|were|are)\b/.exec(prev?.sentence.text ?? "") : null;
    // "Britain's exit poll, carried out by Ipsos, is… It covers…": a possessor is not the subject; the possessed thing is.
    const possessed = cand && prev && pron[1] === "It" ? new RegExp(`^${escapeRegExp(cand.text)}['’]s\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)(?=,|\\s+(?:was|is|has|had|will|would|were|are)\\b)`).exec(prev.sentence.text) : null;
    if (cand && possessed?.[1]) t = t.replace(/^It\b/, `${cand.text}'s ${possessed[1]}`);
    else if (cand && /^(?:(?:In|On|Over|During|From|After|Since|By|For)\b[^,.]{0,40}?,?\s*)?$/.test(lead) && !/^['’]s\s/.test(prev?.sentence.text.slice(prev.sentence.text.indexOf(cand.text) + cand.text.length) ?? "")) t = t.replace(/^(It|He|She)\b/, cand.canonical);
    else if (npSubject?.[1]) t = t.replace(/^It\b/, npSubject[1]);
    else unresolved = true;
  }
  // "They …" or a bare "This was …" points back; "These renewed attempts at …" names its noun.
  if ((/^They\b/.test(t) || /^(This|These|Those|That|Such)\s+(?:is|was|are|were|has|have|had|could|would|might|will|may|can|means?|shows?)\b/.test(t)) && !t.startsWith(SLOT)) unresolved = true;
  // A quotation attributed only to "he"/"she" has no speaker the learner can place.
  if (/[”"]\s*,?\s*(he|she|they)\s+[a-z]+/.test(t)) unresolved = true;
  const r = resolveRelativeDates(t, info.time);
  return { text: r.text, unresolved: unresolved || r.unresolved };
}

/** True when `answer` (or a meaningful alias) shows up in the prompt, case-insensitively. */
export function leaks(prompt: string, answers: string[]): boolean {
  const p = prompt.toLowerCase();
  return answers.some((a) => a.length >= 2 && p.includes(a.toLowerCase()));
}

export function finishQuestion(s: string): string {
  const t = s.trim().replace(/[,;:\s]+$/, "");
  return /[?]$/.test(t) ? t : `${t}?`;
}
