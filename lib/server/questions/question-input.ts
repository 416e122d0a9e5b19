import "server-only";
import { z } from "zod";

export const questionKinds = ["flashcard", "multiple_choice", "cloze", "typed"] as const;

const text = (max: number) => z.string().trim().min(1, "Required.").max(max, `At most ${max} characters.`);
const listItem = z.string().trim().min(1).max(300);

/** A list given as an array, or as one string split on "|" or new lines (form fields). */
const stringList = (maxItems: number) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(/[|\n]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(listItem).max(maxItems, `At most ${maxItems} items.`),
  );

/** The editable content of a question; kind-specific rules are checked in superRefine so every field gets its own message. */
export const questionContentSchema = z
  .object({
    kind: z.enum(questionKinds),
    prompt: text(1000),
    answer: text(300),
    acceptedAnswers: stringList(20).default([]),
    choices: stringList(4).default([]),
    tags: stringList(12).default([]),
    sourceSentence: z.string().trim().max(2000).default(""),
  })
  .superRefine((q, ctx) => {
    if (q.kind === "multiple_choice") {
      if (q.choices.length !== 4) ctx.addIssue({ code: "custom", path: ["choices"], message: "A multiple-choice question needs exactly 4 choices." });
      else if (new Set(q.choices.map((c) => c.toLowerCase())).size !== 4)
        ctx.addIssue({ code: "custom", path: ["choices"], message: "The 4 choices must all be different." });
      if (q.choices.length > 0 && !q.choices.includes(q.answer))
        ctx.addIssue({ code: "custom", path: ["answer"], message: "The answer must be one of the choices." });
    } else if (q.choices.length > 0) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: "Only multiple-choice questions have choices." });
    }
    if (q.tags.some((t) => t.length > 40)) ctx.addIssue({ code: "custom", path: ["tags"], message: "Tags are at most 40 characters each." });
  });

export type QuestionContent = z.infer<typeof questionContentSchema>;

/** Columns as stored (JSON lists as strings). */
export function toQuestionData(q: QuestionContent) {
  const tags = [...new Set(q.tags.map((t) => t.toLowerCase()))];
  return {
    kind: q.kind,
    prompt: q.prompt,
    answer: q.answer,
    acceptedAnswers: JSON.stringify(q.kind === "typed" || q.kind === "cloze" ? q.acceptedAnswers : []),
    choices: JSON.stringify(q.kind === "multiple_choice" ? q.choices : []),
    tags: JSON.stringify(tags),
    sourceSentence: q.sourceSentence,
  };
}
