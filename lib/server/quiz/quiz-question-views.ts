import "server-only";
import { parseStringList } from "@/lib/server/questions/question-view";
import { shuffleChoices } from "@/lib/random/shuffle-choices";
import type { QuizQuestionView } from "./quiz-types";

/** Questions as a running quiz shows them (no answer, no source); options shuffled stably per attempt. */
export function toQuizQuestionViews(attemptId: string, questions: readonly { id: string; kind: string; prompt: string; choices: string }[]): QuizQuestionView[] {
  return questions.map((q) => ({
    id: q.id,
    kind: q.kind as QuizQuestionView["kind"],
    prompt: q.prompt,
    choices: q.kind === "multiple_choice" ? shuffleChoices(parseStringList(q.choices), `${attemptId}:${q.id}`) : [],
  }));
}
