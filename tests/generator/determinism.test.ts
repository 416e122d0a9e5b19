import { describe, expect, it } from "vitest";
import { generateDeck, generateQuestions } from "@/lib/generate";
import { seedCorpus } from "./corpus";

describe("determinism and deck", () => {
  const corpus = seedCorpus();

  it("same text gives identical output", () => {
    for (const { article } of corpus) expect(generateQuestions(article)).toEqual(generateQuestions(article));
    for (const { article } of corpus) expect(generateQuestions(article, { mode: "confident" })).toEqual(generateQuestions(article, { mode: "confident" }));
  });

  it("respects maxQuestions", () => {
    expect(generateQuestions(corpus[0]!.article, { maxQuestions: 5 })).toHaveLength(5);
    expect(generateQuestions(corpus[0]!.article, { maxQuestions: 3, mode: "confident" })).toHaveLength(3);
  });

  it("generateDeck combines articles without duplicate prompts", () => {
    const deck = generateDeck(corpus.map((c) => c.article));
    const prompts = deck.questions.map((q) => q.prompt.toLowerCase());
    expect(new Set(prompts).size).toBe(prompts.length);
    expect(new Set(deck.questions.map((q) => q.articleIndex)).size).toBe(5);
    for (const q of deck.questions) {
      const body = corpus[q.articleIndex]!.article.body;
      expect(body.slice(q.sourceStart, q.sourceEnd)).toBe(q.source);
    }
  });
});
