"use server";

import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { answerQuizQuestion } from "@/lib/server/quiz/answer-quiz-question";
import { finishQuiz } from "@/lib/server/quiz/finish-quiz";
import { startQuiz } from "@/lib/server/quiz/start-quiz";

const id = z.string().min(1).max(64);
const flag = z.union([z.boolean(), z.enum(["on", "true", "false"]).transform((v) => v !== "false")]);

export const startQuizAction = defineAction(
  {
    access: "signed-in",
    schema: z.object({
      deckId: id,
      count: z.coerce.number().int().refine((n) => n === 5 || n === 10 || n === 20, "Choose 5, 10 or 20 questions."),
      timed: flag.default(false),
      countAsReview: flag.default(false),
    }),
  },
  async (input, viewer) => startQuiz(viewer, input),
);

export const answerQuizAction = defineAction(
  {
    access: "signed-in",
    schema: z.object({
      attemptId: id,
      questionId: id,
      answer: z.string().max(500),
      idempotencyKey: z.string().min(8).max(64),
      durationMs: z.number().int().min(0).max(86_400_000),
    }),
  },
  async (input, viewer) => answerQuizQuestion(viewer, input),
);

export const finishQuizAction = defineAction(
  { access: "signed-in", schema: z.object({ attemptId: id }) },
  async (input, viewer) => finishQuiz(viewer, input.attemptId),
);
