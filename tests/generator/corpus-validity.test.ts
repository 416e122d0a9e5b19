import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generate";
import { deckProblems, promptProblems, validateQuestions } from "@/lib/generate/validate";
import { fixtureCorpus, plainCorpus, seedCorpus } from "./corpus";
import { coverage } from "./facts/fact";

const CHROME = ["Subscribe to our Mailing List", "Return to the Peninsula", "Creative Commons", "Related stories", "Image Credit", "Please direct questions", "Stay Informed", "© The Institute"];

// Share of each fact list that the generator asks today, rounded down: a guard against falling
// further, not the goal. Issue 12 asks for 90%; docs/generator-quality.md has the measured figures
// and why precision was put first this round (every question judged blind, most rejected under v1).
const COVERAGE_FLOOR: Record<string, number> = {
  "000_d40e3ee82c1f276b.txt": 0.1,
  "001_b9ce0f5892854f0c.txt": 0.14, // round 6 stopped blanking organisations and spelled counts (0.25 before)
  "002_541b207247be09e2.txt": 0.06, // round 13 asks below full confidence only trips and quotes: "21", "14.6%" fall (0.15 before)
  "003_dcc6c357ece11aca.txt": 0.05,
  "004_a47baed354956777.txt": 0.1,
  "trade-report.txt": 0.2,
  "sports-result.txt": 0.08, // round 11: players named once or twice (Leo Marsh, Marco Silva) are side figures (0.25 before)
  "science-announcement.txt": 0.05,
};

// Since round 13 the confident mode asks below full confidence only who said what and where someone went (readers
// accepted 6% to 43% of the rest, docs/generator-quality.md), so an article whose facts it is not sure of yields
// nothing; the app then refuses with a clear error instead of making an empty deck
// (tests/instructor/generate-from-article.test.ts). The seeds and the fixtures must still ask something.
const MAY_ASK_NOTHING = new Set([...plainCorpus("dev-articles"), ...plainCorpus("held-out")].map((c) => c.name));

// The "confident" pipeline: fewer questions, each short and self-contained.
describe.each([...seedCorpus(), ...fixtureCorpus(), ...plainCorpus("dev-articles"), ...plainCorpus("held-out")])("$name", ({ name, article, facts }) => {
  const qs = generateQuestions(article, { mode: "confident" });

  it("asks something (held-out and development articles: may ask nothing), and no more than one question per sentence that states a fact", () => {
    if (!MAY_ASK_NOTHING.has(name)) expect(qs.length).toBeGreaterThan(0);
    expect(new Set(qs.map((q) => q.sourceStart)).size).toBe(qs.length);
  });

  it("passes every validity rule (verbatim source, short self-contained prompts, no leaks, valid MC, honest tags)", () => {
    expect(validateQuestions(article, qs)).toEqual([]);
    expect(qs.flatMap((q) => promptProblems(q).map((p) => `${p}: ${q.prompt}`))).toEqual([]);
    expect(deckProblems(qs)).toEqual([]);
  });

  it("never asks about chrome or the author bio", () => {
    for (const q of qs) {
      for (const c of CHROME) expect(q.source).not.toContain(c);
      if (article.authorBio) expect(article.authorBio).not.toContain(q.source);
    }
  });

  it("never leaves an unanchored relative date or an unnamed pair", () => {
    for (const q of qs) {
      const outsideQuotes = q.prompt.replace(/“[^”]*”/g, "“…”");
      expect(outsideQuotes, q.prompt).not.toMatch(/\b(last (week|month|year)|this (week|month|year)|the following month|the two (countries|sides|states)|both countries)\b/i);
    }
  });

  it.runIf(facts.length > 0)("keeps its share of the facts a reader found", () => {
    const { ratio, missing } = coverage(qs, facts);
    expect(ratio, `missing: ${JSON.stringify(missing)}`).toBeGreaterThanOrEqual(COVERAGE_FLOOR[name] ?? 0.9);
  });
});
