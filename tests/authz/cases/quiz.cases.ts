// Quiz mode (owner: study).
import type { AuthzCase } from "../support/case-types";

const Q = "app/decks/[deckId]/quiz/actions.ts#";

export const cases: AuthzCase[] = [
  // A class-only deck: its enrolled learner and its owner; not the other class, not an admin who owns nothing.
  { action: `${Q}startQuizAction`, label: "deckAClass", input: (w) => ({ deckId: w.ids.deckAClass, count: 5 }), allow: ["learnerA", "instructorA"] },
  { action: `${Q}startQuizAction`, label: "deckBClass", input: (w) => ({ deckId: w.ids.deckBClass, count: 5 }), allow: ["learnerB", "instructorB"] },
  {
    action: `${Q}answerQuizAction`,
    label: "learnerA's attempt",
    input: (w) => ({ attemptId: w.ids.quizA, questionId: w.ids.questionAClass, answer: "Kim Yong-nam", idempotencyKey: "authz-quiz-answer-a", durationMs: 3000 }),
    allow: ["learnerA"],
  },
  {
    action: `${Q}answerQuizAction`,
    label: "learnerB's attempt",
    input: (w) => ({ attemptId: w.ids.quizB, questionId: w.ids.questionBClass, answer: "Kim Yong-nam", idempotencyKey: "authz-quiz-answer-b", durationMs: 3000 }),
    allow: ["learnerB"],
  },
  { action: `${Q}finishQuizAction`, label: "learnerA's attempt", input: (w) => ({ attemptId: w.ids.quizA }), allow: ["learnerA"] },
  { action: `${Q}finishQuizAction`, label: "learnerB's attempt", input: (w) => ({ attemptId: w.ids.quizB }), allow: ["learnerB"] },
];
