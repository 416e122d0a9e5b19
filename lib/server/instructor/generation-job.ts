// Runs inside the generation worker (generation-worker.mjs), which has no "react-server" condition:
// so no "server-only" import here, and only pure modules (lib/content, lib/generate) below it.
import { ingestSource, type SourceFormat } from "@/lib/content/ingest-source";
import { generateQuestions, type GenerationMode } from "@/lib/generate";
import type { GeneratedQuestion, IngestedArticle } from "@/lib/generate/types";

export type GenerationJob = { text: string; format: SourceFormat; mode?: GenerationMode };
export type GenerationResult = { article: IngestedArticle; questions: GeneratedQuestion[] };

/** The CPU-heavy part of "generate a deck from an article": parse, ingest, generate. No I/O. */
export function runGenerationJob(job: GenerationJob): GenerationResult {
  const article = ingestSource(job.text, job.format);
  return { article, questions: article.body.trim() ? generateQuestions(article, { mode: job.mode }) : [] };
}
