import { describe, expect, it } from "vitest";
import { findAnswer } from "@/lib/content/find-answer";

describe("answer highlight (study card, quiz results and the instructor's review share it)", () => {
  it("prefers a whole-word match over one inside a longer number or word", () => {
    const s = "In 2011 the panel had 1 seat left.";
    expect(findAnswer(s, "1")).toEqual([s.indexOf(" 1 ") + 1, s.indexOf(" 1 ") + 2]);
    expect(findAnswer("Art and arts", "art")).toEqual([0, 3]);
  });

  it("falls back to any match, ignores case and surrounding spaces, and finds nothing for an empty answer", () => {
    expect(findAnswer("Renewables2030 target", "renewables")).toEqual([0, 10]);
    expect(findAnswer("The EU said", "  eu ")).toEqual([4, 6]);
    expect(findAnswer("The EU said", "   ")).toBeNull();
    expect(findAnswer("The EU said", "UN")).toBeNull();
  });

  it("treats regex characters in the answer literally", () => {
    expect(findAnswer("Growth was 2.5% (est.)", "2.5%")).toEqual([11, 15]);
    expect(findAnswer("Growth was 2x5%", "2.5%")).toBeNull();
  });
});
