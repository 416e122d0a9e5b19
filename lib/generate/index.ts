import type { IngestedArticle } from "@/lib/content/ingest-article";
import { generateComprehensive } from "./comprehensive";
import { buildDistractorPool } from "./distractors";
import { generateConfident } from "./pipeline/generate-confident";
import { dedupeAndRank } from "./select";
import type { DistractorPool, GeneratedQuestion } from "./types";

export type { DistractorPool, GeneratedQuestion, QuestionKind } from "./types";
export type { IngestedArticle } from "@/lib/content/ingest-article";
export { buildDistractorPool } from "./distractors";

export const DEFAULT_MAX_QUESTIONS = 60;

/**
 * "comprehensive" (the default): many drafts, most facts of the article asked, for an instructor to
 * approve or reject one by one. "confident": only questions the one-way pipeline can write short and
 * self-contained — fewer, and judged acceptable about twice as often (docs/generator-quality.md).
 */
export type GenerationMode = "comprehensive" | "confident";

export type GenerateOptions = { maxQuestions?: number; distractorPool?: DistractorPool; mode?: GenerationMode };

/** Questions for one article, best first. Deterministic: same article and options → identical output. */
export function generateQuestions(article: IngestedArticle, opts?: GenerateOptions): GeneratedQuestion[] {
  const args = { max: opts?.maxQuestions ?? DEFAULT_MAX_QUESTIONS, distractorPool: opts?.distractorPool };
  return opts?.mode === "confident" ? generateConfident(article, args) : generateComprehensive(article, args);
}

/** A combined deck: distractors drawn across all articles, duplicates across articles removed. */
export function generateDeck(articles: IngestedArticle[], mode?: GenerationMode): { questions: (GeneratedQuestion & { articleIndex: number })[] } {
  const pool = buildDistractorPool(articles);
  const all = articles.flatMap((a, articleIndex) => generateQuestions(a, { distractorPool: pool, mode }).map((q) => ({ ...q, articleIndex })));
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
