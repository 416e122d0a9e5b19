import type { IngestedArticle } from "@/lib/content/ingest-article";

export type { IngestedArticle };

export type QuestionKind = "flashcard" | "multiple_choice" | "cloze" | "typed";

export type GeneratedQuestion = {
  kind: QuestionKind;
  prompt: string;
  answer: string;
  acceptedAnswers: string[];
  choices?: string[]; // multiple_choice only: exactly 4, answer exactly once, deterministic order
  source: string; // verbatim sentence of article.body
  sourceStart: number;
  sourceEnd: number;
  tags: string[];
  score: number; // 0..1
  family: string;
};

export type EntityType =
  | "country" | "region" | "person" | "organisation" | "city" | "zone" | "landmark"
  | "money" | "percent" | "quantity" | "score" | "date" | "year" | "resolution" | "ordinal" | "list" | "name" | "term";

export type DateParts = { year?: number; month?: number; day?: number; endDay?: number; qualifier?: string };

export type Entity = {
  type: EntityType;
  text: string; // surface text as it occurs in the sentence
  start: number; // offsets within the sentence
  end: number;
  canonical: string; // display / answer form ("Resolution 2270", "United States")
  value?: number; // numeric magnitude for money / percent / quantity / year / resolution
  unit?: string; // "million", "tons of rice", ...
  date?: DateParts;
  items?: Entity[]; // for "list" entities: the members
  possessive?: boolean; // surface followed by ’s
  adjective?: boolean; // demonym ("Cambodian"): recognised for context and tags, never asked
};

/**
 * Candidate distractors by entity type; build one with `buildDistractorPool` from several
 * articles to let a deck draw distractors across articles.
 */
export type DistractorPool = Map<EntityType, string[]>;
