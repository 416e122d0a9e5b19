import { describe, expect, it } from "vitest";
import { quizSizeChoices } from "@/components/quiz/quiz-sizes";

describe("the quiz's size choices", () => {
  it("offers a size the deck cannot fill once, as 'All N', and never a larger one", () => {
    expect(quizSizeChoices(9)).toEqual([
      { value: 5, label: "5", checked: false },
      { value: 10, label: "All 9", checked: true },
    ]);
    expect(quizSizeChoices(3)).toEqual([{ value: 5, label: "All 3", checked: true }]);
    expect(quizSizeChoices(10).map((c) => c.label)).toEqual(["5", "All 10"]);
  });

  it("offers 5, 10 and 20 with 10 chosen when the deck has more than 20", () => {
    expect(quizSizeChoices(34)).toEqual([
      { value: 5, label: "5", checked: false },
      { value: 10, label: "10", checked: true },
      { value: 20, label: "20", checked: false },
    ]);
    expect(quizSizeChoices(15).map((c) => `${c.label}${c.checked ? "*" : ""}`)).toEqual(["5", "10*", "All 15"]);
  });
});
