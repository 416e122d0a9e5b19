import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/content/ingest-article";
import type { GeneratedQuestion } from "./types";
import { answerShape, promptProblems, validateQuestions } from "./validate";

// The validator is what the corpus tests rely on, so it must itself be able to fail.
const article = ingestArticle("Headline Here\n\nBy Jane Doe\n\nPublished May 1, 2015\n\nIndonesia agreed to send $2 million in aid to North Korea. Vietnam sent rice.");
const source = "Indonesia agreed to send $2 million in aid to North Korea.";
const good: GeneratedQuestion = {
  kind: "multiple_choice",
  prompt: "Indonesia agreed to send how much in aid to North Korea?",
  answer: "$2 million",
  acceptedAnswers: [],
  choices: ["$1 million", "$2 million", "$4 million", "$6 million"],
  source,
  sourceStart: article.body.indexOf(source),
  sourceEnd: article.body.indexOf(source) + source.length,
  tags: [],
  score: 0.8,
  family: "amount",
};

describe("validateQuestions", () => {
  it("accepts a valid question", () => {
    expect(validateQuestions(article, [good])).toEqual([]);
  });

  const cases: Array<[string, Partial<GeneratedQuestion>, RegExp]> = [
    ["leaked answer", { prompt: "Indonesia agreed to send $2 million to whom?" }, /leaks/],
    ["wrong offsets", { sourceStart: 1 }, /offsets/],
    ["answer not in source", { answer: "$3 million", choices: ["$1 million", "$3 million", "$4 million", "$6 million"] }, /does not contain/],
    ["three choices", { choices: ["$1 million", "$2 million", "$4 million"] }, /4 choices/],
    ["off-type distractor", { choices: ["Vietnam", "$2 million", "$4 million", "$6 million"] }, /not the answer's type/],
    ["garbled distractor", { choices: ["$2", "$2 million", "$4 million", "$6 million"] }, /not the answer's type/],
    ["answer twice", { choices: ["$2 million", "$2 million", "$4 million", "$6 million"] }, /not unique|exactly once/],
  ];
  it.each(cases)("rejects %s", (_name, patch, problem) => {
    const problems = validateQuestions(article, [{ ...good, ...patch }]);
    expect(problems.join("\n")).toMatch(problem);
  });

  it("rejects duplicate prompts and true distractors", () => {
    expect(validateQuestions(article, [good, { ...good }]).join("\n")).toMatch(/duplicate/);
    const q = { ...good, kind: "multiple_choice" as const, prompt: "Which country agreed to send $2 million in aid?", answer: "Indonesia", choices: ["Indonesia", "North Korea", "Japan", "Laos"] };
    expect(validateQuestions(article, [q]).join("\n")).toMatch(/stated in the source/);
  });

  it("classifies answer shapes", () => {
    expect(answerShape("$2 million")).toBe("money:$:million");
    expect(answerShape("Resolution 2270")).toBe("resolution");
    expect(answerShape("March 2, 2016")).toBe("date:day");
    expect(answerShape("Laos, Vietnam and Myanmar")).toBe("list:3:country");
    expect(answerShape("Kim Yong-nam")).toBe("person");
  });
});

describe("promptProblems: question words inside quotations", () => {
  const quote = (prompt: string, source: string): GeneratedQuestion => ({ ...good, kind: "typed", choices: undefined, prompt, answer: "Tomás Belo", source, family: "quote" });
  it("flags a question word or a blank put inside someone's words", () => {
    expect(promptProblems(quote("Who said: “The fund will lose how much this year”?", "“The fund will lose money this year,” said Tomás Belo."))).toContain("question word or blank inside a quotation");
    expect(promptProblems(quote("Who said: “The fund will lose _____ this year”?", "“The fund will lose money this year,” said Tomás Belo."))).toContain("question word or blank inside a quotation");
  });

  it("accepts a question word the speaker said, verbatim in the source", () => {
    const source = "“The issue is not only how much is withdrawn, but what it is spent on,” said Tomás Belo.";
    expect(promptProblems(quote("Who said: “The issue is not only how much is withdrawn, but what it is spent on”?", source))).toEqual([]);
  });
});
