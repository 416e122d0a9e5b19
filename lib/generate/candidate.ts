import { acceptedAnswersFor } from "./accepted-answers";
import { expandSurname, type ArticleContext, type SentenceInfo } from "./article-context";
import type { AnswerSpec } from "./distractors";
import type { FoundEntity } from "./entities";
import { dateAnswer } from "./relative-dates";
import type { EntityType, QuestionKind } from "./types";

/** A question before kind/choices are decided; extractors produce these. */
export type Candidate = {
  family: string;
  prompt: string;
  answer: string;
  accepted: string[];
  spec: AnswerSpec;
  truths: string[]; // same-type values the article also states here (never distractors)
  info: SentenceInfo;
  score: number;
  kind?: QuestionKind; // forced kind (cloze, flashcard); otherwise chosen later
  unresolved?: boolean;
};

export type AnswerInfo = { answer: string; accepted: string[]; spec: AnswerSpec };

/** The answer text for an entity, or null when it would be a weak or garbled answer. */
export function answerForEntity(ctx: ArticleContext, info: SentenceInfo, e: FoundEntity): AnswerInfo | null {
  if (e.adjective) return null;
  const s = info.sentence.text;
  const mk = (answer: string, type: EntityType, extra: Partial<AnswerSpec> = {}): AnswerInfo => ({
    answer,
    accepted: acceptedAnswersFor(answer, type, e.text !== answer ? e.text : undefined),
    spec: { type, answer, ...extra },
  });
  switch (e.type) {
    case "person": {
      const full = e.text.includes(" ") ? e.text : expandSurname(info, e.text);
      if (!full) return null;
      return mk(full, "person");
    }
    case "name": {
      // Unknown proper nouns are only asked when multiword ("Man Gyong Bong"); a bare surname
      // that an earlier sentence introduced becomes that person.
      const full = expandSurname(info, e.text);
      if (full && !e.text.includes(" ")) return mk(full, "person");
      if (!e.text.includes(" ")) return null;
      return mk(e.text, "name");
    }
    case "date": {
      if (!e.date) return null;
      const d = dateAnswer(e.date, e.text, info.time, s.slice(0, e.start));
      if (!d) return null;
      const accepted = [...new Set([e.text, ...d.accepted])].filter((a) => a !== d.answer);
      return {
        answer: d.answer,
        accepted,
        spec: { type: d.granularity === "year" ? "year" : "date", answer: d.answer, granularity: d.granularity, year: Number(/\d{4}/.exec(d.answer)?.[0]), month: e.date.month, day: e.date.day },
      };
    }
    case "year":
      return mk(e.text, "year", { granularity: "year", year: e.value });
    case "list": {
      const items = (e.items ?? []).map((i) => i.canonical);
      const itemType = e.items?.[0]?.type ?? "country";
      return mk(e.text, "list", { items, itemType: itemType === "region" ? "country" : itemType });
    }
    case "score":
      return mk(e.text, "score");
    case "money":
    case "percent":
    case "quantity":
      return mk(e.text.trim(), e.type, { value: e.value, unit: e.unit });
    case "ordinal":
      return mk(e.text, "ordinal", { value: e.value });
    case "term": {
      // "paddles or sluices": either name is right; "(ANC)": the abbreviation is too; "amphidromic point" is the same term.
      // ("quantitative easing or tightening" is two terms sharing a word: only single words split.)
      const alternatives = e.canonical.split(/\s+or\s+/);
      const split = alternatives.length > 1 && alternatives.every((x) => !x.includes(" "));
      // "pressure exchangers" is answered "pressure exchanger" ("osmosis" and "surplus" are not plurals).
      const singular = /[^su]s$/.test(e.canonical) && !/(?:is|os|ys)$/.test(e.canonical) ? [e.canonical.slice(0, -1)] : [];
      const accepted = [...(split ? alternatives : []), ...(e.unit ? [e.unit] : []), ...singular];
      return { answer: e.canonical, accepted: [...new Set(accepted)].filter((x) => x !== e.canonical), spec: { type: "term", answer: e.canonical } };
    }
    default: {
      // "Cholera had reached Britain in 1831": the answer is the name the article uses ("Britain"), and the gazetteer's
      // ("United Kingdom") is accepted; readers rejected "United Kingdom" as an answer the text never gives.
      const base = mk(e.canonical, e.type);
      if (e.type !== "country" || e.text === e.canonical || !/^\p{Lu}\p{Ll}{4,}(?:\s\p{Lu}\p{Ll}+)*$/u.test(e.text)) return base;
      return { answer: e.text, accepted: [...new Set([e.canonical, ...base.accepted])].filter((x) => x !== e.text), spec: { ...base.spec, answer: e.text } };
    }
  }
}

/** Other same-type values stated in the sentence: never usable as distractors. */
export function truthsFor(info: SentenceInfo, answer: FoundEntity | null): string[] {
  const out: string[] = [];
  for (const e of info.entities) {
    if (e === answer) continue;
    const members = e.type === "list" ? (e.items ?? []) : [e];
    for (const m of members) out.push(m.canonical, m.text);
  }
  return out;
}
