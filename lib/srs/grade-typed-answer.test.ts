import { describe, expect, it } from "vitest";
import { allowedTypos, gradeTypedAnswer, type GradeKind } from "./grade-typed-answer";

interface Case {
  given: string;
  answer: string;
  alts?: string[];
  kind: GradeKind;
  /** The key expected to match (defaults to `answer` when accepted). */
  matched?: string;
  reason?: RegExp;
}

const accepted: Case[] = [
  { given: "Kim Yong-nam", answer: "Kim Yong-nam", kind: "exact", reason: /^Exact match$/ },
  { given: "  Kim Yong-nam ", answer: "Kim Yong-nam", kind: "exact" },
  { given: "kim yong-nam", answer: "Kim Yong-nam", kind: "normalized", reason: /^Matched ignoring case and punctuation$/ },
  { given: "kim yongnam", answer: "Kim Yong-nam", kind: "normalized" },
  { given: "Kim Yong nam", answer: "Kim Yong-nam", kind: "normalized" },
  { given: "the Hague", answer: "The Hague", kind: "normalized" },
  { given: "Hague", answer: "The Hague", kind: "normalized" },
  { given: "an embargo", answer: "embargo", kind: "normalized" },
  { given: "Sao Paulo", answer: "São Paulo", kind: "normalized" },
  { given: "Angela Merkel.", answer: "Angela Merkel", kind: "normalized" },
  { given: "UN Security Council", answer: "U.N. Security Council", kind: "normalized" },
  { given: "Francois Hollande", answer: "François Hollande", kind: "normalized" },
  { given: "US$10bn", answer: "$10 billion", kind: "number-format", reason: /^Same amount written differently$/ },
  { given: "10 billion dollars", answer: "$10 billion", kind: "number-format" },
  { given: "11 billion dolars", answer: "$11 billion", kind: "number-format" },
  { given: "$10,000,000,000", answer: "$10 billion", kind: "number-format" },
  { given: "10bn USD", answer: "$10 billion", kind: "number-format" },
  { given: "10 billion US dollars", answer: "$10 billion", kind: "number-format" },
  { given: "$10 billion", answer: "10 billion dollars", kind: "number-format" },
  { given: "10 billion", answer: "$10 billion", kind: "number-format" },
  { given: "5000 tonnes", answer: "5,000 tons", kind: "number-format" },
  { given: "2.1 percent", answer: "2.1%", kind: "number-format" },
  { given: "2.1 per cent", answer: "2.1%", kind: "number-format" },
  { given: "€3.5m", answer: "3.5 million euros", kind: "number-format" },
  { given: "4th", answer: "fourth", kind: "number-format" },
  { given: "the fourth", answer: "4th", kind: "number-format" },
  { given: "twenty-first", answer: "21st", kind: "number-format" },
  { given: "ten billion dollars", answer: "$10 billion", kind: "number-format" },
  { given: "2270", answer: "Resolution 2270", alts: ["2270", "UNSCR 2270"], kind: "exact", matched: "2270", reason: /^Accepted alternative “2270”$/ },
  { given: "unscr 2270", answer: "Resolution 2270", alts: ["2270", "UNSCR 2270"], kind: "normalized", matched: "UNSCR 2270", reason: /Accepted alternative “UNSCR 2270”/ },
  { given: "DPRK", answer: "North Korea", alts: ["DPRK"], kind: "exact", matched: "DPRK" },
  { given: "Singapore, Indonesia", answer: "Indonesia and Singapore", kind: "list-order", reason: /^Same items, in any order$/ },
  { given: "Singapore and Indonesia", answer: "Indonesia and Singapore", kind: "list-order" },
  { given: "Indonesia, Singapore", answer: "Indonesia and Singapore", kind: "list-order" },
  { given: "the UK, France & the US", answer: "the US, the UK and France", kind: "list-order" },
  { given: "Singapore, Indonesa", answer: "Indonesia and Singapore", kind: "list-order" },
  { given: "Vietnm", answer: "Vietnam", kind: "typo", reason: /^Close enough: 1 typo$/ },
  { given: "Pyongyagn", answer: "Pyongyang", kind: "typo", reason: /^Close enough: 1 typo$/ },
  { given: "Kim Jongnu", answer: "Kim Jong-un", kind: "typo" },
  { given: "Medvedve", answer: "Medvedev", kind: "typo" },
  { given: "Stoltenbreg", answer: "Jens Stoltenberg", alts: ["Stoltenberg"], kind: "typo", matched: "Stoltenberg", reason: /^Close enough to alternative “Stoltenberg”: 1 typo$/ },
  { given: "Brussles", answer: "Brussels", kind: "typo" },
  { given: "Veitnam", answer: "Vietnam", kind: "typo", reason: /^Close enough: 1 typo$/ }, // adjacent transposition = 1 edit (Damerau)
  { given: "Resolution 2270", answer: "Resolution 2270", alts: ["2270"], kind: "exact", matched: "Resolution 2270" },
  { given: "Resolutoin 2270", answer: "Resolution 2270", kind: "typo" },
  { given: "Internationl Atomic Enrgy Agency", answer: "International Atomic Energy Agency", kind: "typo", reason: /2 typos/ },
];

const rejected: Case[] = [
  { given: "$2 million", answer: "$2 billion", kind: "wrong", reason: /^Wrong: expected “\$2 billion”$/ },
  { given: "12 billion dolars", answer: "$11 billion", kind: "wrong" },
  { given: "2207", answer: "Resolution 2270", alts: ["2270"], kind: "wrong" },
  { given: "Resolution 2207", answer: "Resolution 2270", kind: "wrong" },
  { given: "Laos", answer: "Vietnam", kind: "wrong", reason: /^Wrong: expected “Vietnam”$/ },
  { given: "", answer: "Vietnam", kind: "empty", reason: /^No answer given$/ },
  { given: "   ", answer: "Vietnam", kind: "empty", reason: /^No answer given$/ },
  { given: "€10 billion", answer: "$10 billion", kind: "wrong" },
  { given: "$10 million", answer: "$10 billion", kind: "wrong" },
  { given: "$100 billion", answer: "$10 billion", kind: "wrong" },
  { given: "21%", answer: "2.1%", kind: "wrong" },
  { given: "2.2%", answer: "2.1%", kind: "wrong" },
  { given: "5,001 tons", answer: "5,000 tons", kind: "wrong" },
  { given: "fifth", answer: "fourth", kind: "wrong" },
  { given: "5th", answer: "4th", kind: "wrong" },
  { given: "Indonesia", answer: "Indonesia and Singapore", kind: "wrong" },
  { given: "Indonesia, Singapore, Malaysia", answer: "Indonesia and Singapore", kind: "wrong" },
  { given: "Indonesia, Malaysia", answer: "Indonesia and Singapore", kind: "wrong" },
  { given: "Kim Jong Um", answer: "Kim Jong-un", kind: "wrong" }, // a 2-letter word gets no typo
  { given: "UK", answer: "US", kind: "wrong" },
  { given: "Kim Jong-il", answer: "Kim Jong-un", kind: "wrong" },
  { given: "Veitnma", answer: "Vietnam", kind: "wrong" },
  { given: "Kiev", answer: "Kyiv", kind: "wrong" },
  { given: "Brussels", answer: "Berlin", kind: "wrong" },
  { given: "Merkel", answer: "Macron", kind: "wrong" },
  { given: "2270 2270", answer: "2270", kind: "wrong" },
  { given: "Resolution", answer: "Resolution 2270", kind: "wrong" },
];

describe("gradeTypedAnswer: accepted", () => {
  it.each(accepted)("“$given” for “$answer” → $kind", (c) => {
    const grade = gradeTypedAnswer(c.given, { answer: c.answer, acceptedAnswers: c.alts });
    expect(grade).toMatchObject({ correct: true, kind: c.kind, matched: c.matched ?? c.answer });
    if (c.reason) expect(grade.reason).toMatch(c.reason);
  });
});

describe("gradeTypedAnswer: rejected", () => {
  it.each(rejected)("“$given” for “$answer” → $kind", (c) => {
    const grade = gradeTypedAnswer(c.given, { answer: c.answer, acceptedAnswers: c.alts });
    expect(grade).toMatchObject({ correct: false, kind: c.kind, matched: null });
    expect(grade.reason).toMatch(c.reason ?? /^Wrong: expected “.+”$/);
  });
});

describe("typo budget", () => {
  it("scales with the expected answer's length: 0 up to 3 letters, 1 up to 7, then 2", () => {
    expect([1, 3, 4, 7, 8, 30].map(allowedTypos)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(gradeTypedAnswer("UT", { answer: "US" }).correct).toBe(false);
    expect(gradeTypedAnswer("Brusels", { answer: "Brussels" }).kind).toBe("typo");
    expect(gradeTypedAnswer("Brsels", { answer: "Brussels" }).kind).toBe("typo");
    expect(gradeTypedAnswer("Brsls", { answer: "Brussels" }).correct).toBe(false);
  });
});
