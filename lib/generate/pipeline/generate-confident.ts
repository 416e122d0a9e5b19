import type { IngestedArticle } from "@/lib/content/ingest-article";
import { poolFromEntities } from "../distractors";
import { TOPICS } from "../gazetteers/topics";
import type { DistractorPool, GeneratedQuestion } from "../types";
import { analyseArticle } from "./analyse-article";
import { chooseOptions, type Options } from "./choose-options";
import { extractFacts } from "./extract-facts";
import { rankQuestions } from "./rank-questions";
import { realiseQuestion, type Realised } from "./realise-question";

/** Actors and places of the fact's sentence, never the answer or one of its forms (tags are shown). */
function tagsFor(r: Realised): string[] {
  const hidden = [r.answer.answer, ...r.answer.accepted].map((a) => a.toLowerCase());
  const tags: string[] = [];
  for (const e of r.fact.info.entities) {
    const members = e.type === "list" ? (e.items ?? []) : [e];
    for (const m of members) {
      if (!["person", "country", "region", "organisation", "city", "zone"].includes(m.type) || (m.type === "person" && !m.text.includes(" "))) continue;
      const tag = m.canonical.toLowerCase();
      if (hidden.some((h) => h.includes(tag) || tag.includes(h))) continue;
      tags.push(m.canonical);
    }
  }
  for (const t of TOPICS) if (t.cues.test(r.fact.info.sentence.text)) tags.push(t.tag);
  return [...new Set(tags)].slice(0, 10);
}

/**
 * Only the questions the pipeline is confident about: analyse → facts → realise → rank → options.
 * Deterministic: same article → identical output.
 */
export function generateConfident(article: IngestedArticle, opts: { max: number; distractorPool?: DistractorPool }): GeneratedQuestion[] {
  const max = opts.max;
  // analyse → facts → realise → rank → options: each stage only reads what the previous one produced.
  const analysis = analyseArticle(article);
  const pool = opts.distractorPool ?? poolFromEntities(analysis.ctx.sentences.map((s) => s.entities));
  const realised = extractFacts(analysis).flatMap((f) => {
    const r = realiseQuestion(analysis, f);
    return "rejected" in r ? [] : [r];
  });
  return rankQuestions(realised, max).map((r) => toGenerated(r, chooseOptions(analysis, r, pool)));
}

function toGenerated(r: Realised, options: Options): GeneratedQuestion {
  const { sentence } = r.fact.info;
  const q: GeneratedQuestion = {
    kind: options.kind,
    prompt: r.prompt,
    answer: r.answer.answer,
    acceptedAnswers: r.answer.accepted.filter((a) => a !== r.answer.answer),
    source: sentence.text,
    sourceStart: sentence.start,
    sourceEnd: sentence.end,
    tags: tagsFor(r),
    score: Math.max(0, Math.min(1, Math.round(r.score * 1000) / 1000)),
    family: r.form === "quote" ? "quote" : r.answer.spec.type,
  };
  if (options.choices) q.choices = options.choices;
  return q;
}

