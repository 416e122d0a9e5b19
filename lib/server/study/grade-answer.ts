import "server-only";
import { gradeTypedAnswer } from "@/lib/srs/grade-typed-answer";

/**
 * Whether an answer counts as correct for the counters. Auto-graded kinds are graded on the
 * server from the answer text (the client's verdict is not trusted); a flashcard, or an
 * auto-graded card revealed without an answer, counts as correct unless rated Again.
 */
export function gradeAnswer(
  question: { kind: string; answer: string; acceptedAnswers: string[] },
  answer: string | null | undefined,
  rating: number,
): boolean {
  if (question.kind === "flashcard" || answer === null || answer === undefined) return rating > 1;
  if (question.kind === "multiple_choice") return answer.trim() === question.answer.trim();
  return gradeTypedAnswer(answer, { answer: question.answer, acceptedAnswers: question.acceptedAnswers }).correct;
}
