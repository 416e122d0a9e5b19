import "server-only";

export const QUIZ_KINDS = ["multiple_choice", "typed", "cloze"] as const;
export const QUIZ_SECONDS_PER_QUESTION = 60;

/** A quiz question as sent before the attempt ends: no answer, no source. */
export type QuizQuestionView = { id: string; kind: "multiple_choice" | "typed" | "cloze"; prompt: string; choices: string[] };

export type StartedQuiz = { attemptId: string; questions: QuizQuestionView[]; timeLimitSec: number | null; startedAt: string };

/** An unfinished quiz to carry on with after a reload. */
export type OpenQuiz = { quiz: StartedQuiz; answeredQuestionIds: string[] };

export type QuizResultItem = {
  questionId: string;
  prompt: string;
  kind: string;
  yourAnswer: string | null;
  correctAnswer: string;
  correct: boolean;
  sourceSentence: string;
  sourceHref: string | null;
};

export type QuizResult = { attemptId: string; score: number; total: number; countAsReview: boolean; items: QuizResultItem[] };
