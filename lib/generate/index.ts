import type { IngestedArticle } from "@/lib/content/ingest-article";
import { buildDistractorPool, poolFromEntities } from "./distractors";
import { TOPICS } from "./gazetteers/topics";
import { analyseArticle } from "./pipeline/analyse-article";
import { chooseOptions, type Options } from "./pipeline/choose-options";
import { extractFacts } from "./pipeline/extract-facts";
import { rankQuestions } from "./pipeline/rank-questions";
import { realiseQuestion, type Realised } from "./pipeline/realise-question";
import { dedupeAndRank } from "./select";
import type { DistractorPool, GeneratedQuestion } from "./types";

export type { DistractorPool, GeneratedQuestion, QuestionKind } from "./types";
export type { IngestedArticle } from "@/lib/content/ingest-article";
export { buildDistractorPool } from "./distractors";

export const DEFAULT_MAX_QUESTIONS = 60;

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

/** Questions for one article, best first. Deterministic: same article → identical output. */
export function generateQuestions(article: IngestedArticle, opts?: { maxQuestions?: number; distractorPool?: DistractorPool }): GeneratedQuestion[] {
  const max = opts?.maxQuestions ?? DEFAULT_MAX_QUESTIONS;
  // analyse → facts → realise → rank → options: each stage only reads what the previous one produced.
  const analysis = analyseArticle(article);
  const pool = opts?.distractorPool ?? poolFromEntities(analysis.ctx.sentences.map((s) => s.entities));
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

/** A combined deck: distractors drawn across all articles, duplicates across articles removed. */
export function generateDeck(articles: IngestedArticle[]): { questions: (GeneratedQuestion & { articleIndex: number })[] } {
  const pool = buildDistractorPool(articles);
  const all = articles.flatMap((a, articleIndex) => generateQuestions(a, { distractorPool: pool }).map((q) => ({ ...q, articleIndex })));
  // Within an article sourceStart is unique per sentence; across articles make it distinct for dedupe.
  const keyed = all.map((q) => ({ ...q, sourceStart: q.sourceStart, _k: q.articleIndex }));
  const seen = new Set<string>();
  const questions = dedupeAndRank(keyed.map((q) => ({ ...q, sourceStart: q.sourceStart + q._k * 1e7 })))
    .map(({ _k, ...q }) => ({ ...q, sourceStart: q.sourceStart - _k * 1e7 }))
    .filter((q) => {
      const k = q.prompt.toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  return { questions };
}
