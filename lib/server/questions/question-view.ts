import "server-only";

export type QuestionKind = "flashcard" | "multiple_choice" | "cloze" | "typed";

/** A question as pages and client components see it (JSON columns parsed). */
export type QuestionView = {
  id: string;
  deckId: string;
  articleId: string | null;
  kind: QuestionKind;
  prompt: string;
  answer: string;
  acceptedAnswers: string[];
  choices: string[];
  sourceSentence: string;
  sourceStart: number | null;
  sourceEnd: number | null;
  tags: string[];
  family: string;
  score: number;
  position: number;
  status: string;
};

export function parseStringList(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

type QuestionRow = Omit<QuestionView, "acceptedAnswers" | "choices" | "tags" | "kind"> & {
  kind: string;
  acceptedAnswers: string;
  choices: string;
  tags: string;
};

export function toQuestionView(row: QuestionRow): QuestionView {
  return {
    id: row.id,
    deckId: row.deckId,
    articleId: row.articleId,
    kind: row.kind as QuestionKind,
    prompt: row.prompt,
    answer: row.answer,
    acceptedAnswers: parseStringList(row.acceptedAnswers),
    choices: parseStringList(row.choices),
    sourceSentence: row.sourceSentence,
    sourceStart: row.sourceStart,
    sourceEnd: row.sourceEnd,
    tags: parseStringList(row.tags),
    family: row.family,
    score: row.score,
    position: row.position,
    status: row.status,
  };
}
