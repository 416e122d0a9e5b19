import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe("splitSentences", () => {
  it("does not split at abbreviations, initials, decimals or dotted acronyms", () => {
    expect(texts("The vote came on Mar. 2, 2016 in the U.S. Congress. Trade rose 2.1% after Dr. Sarah K. Yun spoke. It fell.")).toEqual([
      "The vote came on Mar. 2, 2016 in the U.S. Congress.",
      "Trade rose 2.1% after Dr. Sarah K. Yun spoke.",
      "It fell.",
    ]);
    expect(texts("Tourism to Mt. Baekdu fell in Aug. 2016. Sales recovered.")).toHaveLength(2);
  });

  it("keeps closing quotes with their sentence and splits after them", () => {
    expect(texts("“Trade is growing,” Lee said. “It will grow more.” Analysts agreed.")).toEqual(["“Trade is growing,” Lee said.", "“It will grow more.”", "Analysts agreed."]);
  });

  it("splits after an acronym when a new sentence clearly starts", () => {
    expect(texts("It sought ties with China, South Korea, and the U.S. Moreover, it reached out to Japan.")).toHaveLength(2);
  });

  it("always splits at paragraph breaks and before a number-led sentence", () => {
    expect(texts("First paragraph without a stop\n\nSecond one. 26 of the 28 nations agreed.")).toEqual(["First paragraph without a stop", "Second one.", "26 of the 28 nations agreed."]);
  });

  it("offsets always slice back to the sentence text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Mr. Kim", "went", "to", "Seoul.", "U.S.", "2.5%", "“Yes,”", "he", "said.", "\n\n", "It", "rained!", "Why?"), { maxLength: 40 }), (words) => {
        const body = words.join(" ");
        for (const s of splitSentences(body)) {
          expect(body.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
