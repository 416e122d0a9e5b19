import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/content/ingest-article";
import { generateQuestions } from "./index";
import { validateQuestions } from "./validate";

function gen(body: string, published = "August 22, 2012") {
  const article = ingestArticle(`Test Headline About Diplomacy\n\nBy Jane Doe\n\nPublished ${published}\n\n${body}`);
  const qs = generateQuestions(article, { maxQuestions: 200 });
  expect(validateQuestions(article, qs)).toEqual([]);
  return qs;
}

describe("extractor families", () => {
  it("visit: names the travelled-to countries with a resolved month", () => {
    const qs = gen("In May, Kim Yong-nam, Chairman of the Presidium of the Supreme People’s Assembly, traveled to Indonesia and Singapore.");
    const q = qs.find((x) => x.family === "visit" && x.answer === "Indonesia and Singapore");
    expect(q?.prompt).toBe("In May 2012, which two countries did Kim Yong-nam, Chairman of the Presidium of the Supreme People’s Assembly, visit?");
  });

  it("resolution: asks which resolution followed a test, with the year filled in", () => {
    const qs = gen("Trade kept growing after Pyongyang’s fourth nuclear test on Jan. 6 and the adoption of United Nations Security Council Resolution 2270 on Mar. 2.", "August 23, 2016");
    const q = qs.find((x) => x.family === "resolution" && x.answer === "Resolution 2270");
    expect(q?.prompt).toBe("Which UN Security Council resolution was adopted on March 2, 2016, after North Korea’s fourth nuclear test?");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["2270", "UNSCR 2270"]));
    expect(qs.find((x) => x.answer === "January 6, 2016")?.prompt).toBe("On what date did North Korea conduct its fourth nuclear test?");
  });

  it("amount: keeps the whole amount as the answer and offers accepted variants", () => {
    const qs = gen("In 2014, Russia finalized the cancelation of $10 billion of North Korea’s $11 billion debt that had accrued during the Soviet Era.");
    const q = qs.find((x) => x.family === "amount" && x.answer === "$10 billion");
    expect(q?.prompt).toContain("how much of North Korea’s $11 billion debt");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["10 billion dollars", "$10bn"]));
    // The whole the part came out of is asked for after the sentence, not as "of how much of North Korea’s debt".
    expect(qs.find((x) => x.answer === "$11 billion")?.prompt).toBe(
      "In 2014, Russia finalized the cancelation of $10 billion of North Korea’s debt that had accrued during the Soviet Era. How much was that debt in total?",
    );
  });

  it("moves a possessive owner behind the wh-phrase instead of “X’s how much”", () => {
    const qs = gen("Local government in China’s three Northeast Provinces are also looking to economic interchange with North Korea. According to South Korea’s Ministry of Unification, inter-Korean trade decreased in 2012.");
    const prompts = qs.map((q) => q.prompt);
    expect(prompts.some((p) => /’s (how|which)\b/.test(p))).toBe(false);
    expect(prompts).toContain("Local government in how many of China’s Northeast Provinces are also looking to economic interchange with North Korea?");
    expect(qs.find((q) => q.answer === "Ministry of Unification")?.prompt).toMatch(/^According to which (organisation|body) of South Korea, /);
  });

  it("role: who held a title, and what title a person held", () => {
    const qs = gen("In August, North Korea sent a delegation to China, including Jang Sung-taek, vice chairman of the National Defense Commission.");
    expect(qs.find((x) => x.family === "role" && x.answer === "Jang Sung-taek")?.prompt).toBe("Who was the vice chairman of the National Defense Commission in 2012?");
    expect(qs.find((x) => x.family === "role" && x.answer === "vice chairman of the National Defense Commission")?.kind).toBe("flashcard");
  });

  it("quote: resolves a surname speaker to the full name introduced earlier", () => {
    const qs = gen("The report was written by senior fellow Lee Jong-seok of the Sejong Institute. “Passage through Chinese customs has become much easier since July,” Lee said.");
    const q = qs.find((x) => x.family === "quote");
    expect(q?.answer).toBe("Lee Jong-seok");
    expect(q?.prompt).toBe("Who said: “Passage through Chinese customs has become much easier since July”?");
  });

  it("date: moves the date out of the sentence and asks for it", () => {
    const qs = gen("Additionally, on June 1 Indonesia agreed to send $2 million in aid to North Korea.");
    const q = qs.find((x) => x.family === "date");
    expect(q?.answer).toBe("June 1, 2012");
    expect(q?.prompt).toBe("Indonesia agreed to send $2 million in aid to North Korea on what date?");
  });

  it("cloze: blanks an entity, never a stop word, and blanks every occurrence", () => {
    const qs = gen("During the Cold War North Korea relied upon the support of the Soviet Union and later sought the support of outside powers.");
    const clozes = qs.filter((x) => x.kind === "cloze");
    expect(clozes.length).toBeGreaterThan(0);
    for (const c of clozes) {
      expect(c.prompt).toContain("_____");
      expect(["the", "of", "and", "a"]).not.toContain(c.answer.toLowerCase());
    }
  });

  it("agreement / zones: asks for the zone the two sides agreed to develop", () => {
    const qs = gen("In August, North Korea sent a delegation to China. During the summit, the two sides agreed to actively develop the Rason special economic zone.");
    const q = qs.find((x) => x.answer === "Rason");
    expect(q?.family).toBe("agreement");
    expect(q?.prompt).toBe("During the summit, North Korea and China agreed to actively develop which special economic zone?");
  });

  it("pronouns and 'the two countries' are resolved from context", () => {
    // North Korea is named often enough to be the article's subject, so "the two countries" = it + Laos.
    const qs = gen("North Korea sought new partners. North Korea sent envoys abroad. Vietnam agreed to donate rice to North Korea. In Laos, the two countries completed four cooperation agreements.");
    const q = qs.find((x) => x.answer === "four cooperation agreements");
    expect(q?.prompt).toContain("North Korea and Laos completed how many cooperation agreements");
  });
});
