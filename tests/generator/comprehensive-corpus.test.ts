import { describe, expect, it } from "vitest";
import { coverage } from "./facts/fact";
import { generateQuestions } from "@/lib/generate";
import { fixtureCorpus, seedCorpus } from "./corpus";
import { validateQuestions } from "@/lib/generate/validate";

const CHROME = ["Subscribe to our Mailing List", "Return to the Peninsula", "Creative Commons", "Related stories", "Image Credit", "Please direct questions", "Stay Informed", "© The Institute"];

// The default generator ("comprehensive"): many drafts for review, most of the facts asked.
describe.each([
  ...seedCorpus().map((c) => ({ ...c, min: 25 })),
  ...fixtureCorpus().map((c) => ({ ...c, min: 20 })),
])("$name", ({ article, facts, min }) => {
  const qs = generateQuestions(article);

  it(`produces at least ${min} questions`, () => {
    expect(qs.length).toBeGreaterThanOrEqual(min);
  });

  it("passes every validity rule (verbatim source, no leaks, no duplicates, valid MC)", () => {
    expect(validateQuestions(article, qs)).toEqual([]);
  });

  it("never asks about chrome or the author bio", () => {
    for (const q of qs) {
      for (const c of CHROME) expect(q.source).not.toContain(c);
      if (article.authorBio) expect(article.authorBio).not.toContain(q.source);
    }
  });

  it("has self-contained prompts: no dangling pronouns or unanchored relative dates", () => {
    for (const q of qs) {
      const outsideQuotes = q.prompt.replace(/“[^”]*”/g, "“…”").replace(/^Fill in the blank: /, "");
      // Expletive "it" ("It was reported that …", "It would seem …") refers to nothing and is fine.
      expect(outsideQuotes, q.prompt).not.toMatch(/^(?:It(?! (?:would seem|seems|was reported|is (?:likely|possible|unlikely|clear|difficult|important)|remains|appears|doesn’t follow))|He|She|They)\b/);
      expect(outsideQuotes, q.prompt).not.toMatch(/\b(last (week|month|year)|the following month|the two (countries|sides|states)|both countries)\b/i);
    }
  });

  it("mixes question kinds", () => {
    const kinds = new Set(qs.map((q) => q.kind));
    expect(kinds.has("multiple_choice")).toBe(true);
    expect(kinds.size).toBeGreaterThanOrEqual(3);
  });

  it("asks at least 90% of the facts a reader found, with the right answer", () => {
    const { ratio, missing } = coverage(qs, facts);
    expect(facts.length).toBeGreaterThanOrEqual(8);
    expect(ratio, `missing: ${JSON.stringify(missing)}`).toBeGreaterThanOrEqual(0.9);
  });
});
