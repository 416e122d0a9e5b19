import "server-only";
import type { GeneratedQuestion } from "@/lib/generate";

/** Question rows for a batch of generated questions, positions in generator order. */
export function generatedQuestionRows(deckId: string, articleId: string | null, questions: GeneratedQuestion[], status: "draft" | "approved") {
  return questions.map((q, position) => ({
    deckId,
    articleId,
    kind: q.kind,
    prompt: q.prompt,
    answer: q.answer,
    acceptedAnswers: JSON.stringify(q.acceptedAnswers),
    choices: JSON.stringify(q.choices ?? []),
    sourceSentence: q.source,
    sourceStart: q.sourceStart,
    sourceEnd: q.sourceEnd,
    tags: JSON.stringify(q.tags),
    family: q.family,
    score: q.score,
    position,
    status,
  }));
}
