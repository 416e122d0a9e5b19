import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { answerQuizAction, finishQuizAction, startQuizAction } from "@/app/decks/[deckId]/quiz/actions";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { getOpenQuiz } from "@/lib/server/quiz/get-open-quiz";
import type { StartedQuiz } from "@/lib/server/quiz/quiz-types";
import { createDeck, createViewer, flashcards } from "./fixtures";

let owner: Viewer;
let learner: Viewer;
let deck: { deckId: string; questionIds: string[] };
const ANSWERS: Record<string, string> = {};

beforeAll(async () => {
  owner = await createViewer({ role: "instructor" });
  learner = await createViewer();
  const questions = [
    ...flashcards(3),
    ...Array.from({ length: 6 }, (_, i) => ({ kind: "typed", prompt: `Typed ${i}?`, answer: `Secret answer ${i}` })),
    ...Array.from({ length: 6 }, (_, i) => ({ kind: "multiple_choice", prompt: `Pick ${i}`, answer: `Right ${i}`, choices: [`Right ${i}`, "Wrong a", "Wrong b", "Wrong c"] })),
  ];
  deck = await createDeck(owner.id, questions);
  questions.forEach((q, i) => (ANSWERS[deck.questionIds[i] as string] = q.answer));
});

async function start(countAsReview = false, count = 10): Promise<StartedQuiz> {
  const res = await startQuizAction.runAs(learner, { deckId: deck.deckId, count, timed: false, countAsReview });
  if (!res.ok) throw new Error(res.error);
  return res.data;
}

const answer = (quiz: StartedQuiz, questionId: string, text: string, key = randomUUID()) =>
  answerQuizAction.runAs(learner, { attemptId: quiz.attemptId, questionId, answer: text, idempotencyKey: key, durationMs: 3000 });

describe("quiz mode", () => {
  it("an unfinished quiz is offered back after a reload, to its learner only, without answers, until it ends", async () => {
    const quiz = await start(false, 5);
    for (const q of quiz.questions.slice(0, 2)) await answer(quiz, q.id, "nope");
    const open = await getOpenQuiz(learner, deck.deckId);
    expect(open?.quiz).toEqual(quiz);
    expect(open?.answeredQuestionIds.sort()).toEqual(quiz.questions.slice(0, 2).map((q) => q.id).sort());
    for (const q of quiz.questions) if (q.kind !== "multiple_choice") expect(JSON.stringify(open)).not.toContain(ANSWERS[q.id]);
    expect(await getOpenQuiz(await createViewer(), deck.deckId)).toBeNull();
    // Only within a day of starting it.
    expect(await getOpenQuiz(learner, deck.deckId, new Date(Date.now() + 25 * 3_600_000))).toBeNull();
    const done = await finishQuizAction.runAs(learner, { attemptId: quiz.attemptId });
    expect(done.ok).toBe(true);
    expect(await getOpenQuiz(learner, deck.deckId)).toBeNull();
  });


  it("sends no answers before the end, scores on the server, and explains wrong answers", async () => {
    const quiz = await start();
    expect(quiz.questions).toHaveLength(10);
    expect(quiz.questions.every((q) => ["typed", "multiple_choice", "cloze"].includes(q.kind))).toBe(true);
    expect(await db.question.findMany({ where: { id: { in: quiz.questions.map((q) => q.id) }, kind: "flashcard" } })).toEqual([]);
    const payload = JSON.stringify(quiz);
    for (const q of quiz.questions) if (q.kind !== "multiple_choice") expect(payload).not.toContain(ANSWERS[q.id]);

    // Right on the first 6, wrong on the next 3, the last one unanswered.
    for (const [i, q] of quiz.questions.entries()) {
      if (i === 9) break;
      const right = ANSWERS[q.id] as string;
      // Typed answers are graded leniently (case); a choice must be the option itself.
      const res = await answer(quiz, q.id, i < 6 ? (q.kind === "multiple_choice" ? right : right.toLowerCase()) : "nope");
      expect(res).toEqual({ ok: true, data: { recorded: true, answered: i + 1 } });
    }
    // A second answer to the same question does not replace the first.
    await answer(quiz, quiz.questions[0]?.id as string, "changed my mind");

    const res = await finishQuizAction.runAs(learner, { attemptId: quiz.attemptId });
    if (!res.ok) throw new Error(res.error);
    expect(res.data.score).toBe(6);
    expect(res.data.total).toBe(10);
    const wrong = res.data.items.filter((i) => !i.correct);
    expect(wrong).toHaveLength(4);
    expect(wrong.every((i) => i.sourceSentence.includes(i.correctAnswer))).toBe(true);
    expect(wrong.at(-1)?.yourAnswer).toBeNull();
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: quiz.attemptId } })).toMatchObject({ correctCount: 6 });
    expect(await db.quizAnswer.count({ where: { attemptId: quiz.attemptId } })).toBe(9);
    // Not counted as review: no study state was touched.
    expect(await db.card.count({ where: { userId: learner.id } })).toBe(0);

    // Finished quizzes take no more answers.
    const late = await answer(quiz, quiz.questions[9]?.id as string, "too late");
    expect(late).toMatchObject({ ok: false, status: 409 });
  });

  it("counts as review when asked, once per answer even when resubmitted", async () => {
    const quiz = await start(true, 5);
    const q = quiz.questions[0]?.id as string;
    const key = randomUUID();
    await Promise.all([answer(quiz, q, "wrong", key), answer(quiz, q, "wrong", key), answer(quiz, q, "wrong", randomUUID())]);
    const card = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId: q } } });
    expect(card).toMatchObject({ reps: 1, attempts: 1, againCount: 1, correctCount: 0 });
    expect(await db.reviewLog.findMany({ where: { userId: learner.id, questionId: q }, select: { type: true, rating: true } })).toEqual([
      { type: "quiz", rating: 1 },
    ]);
  });

  it("keeps other people's quizzes and hidden decks out of reach", async () => {
    const quiz = await start();
    const stranger = await createViewer();
    const res = await answerQuizAction.runAs(stranger, { attemptId: quiz.attemptId, questionId: quiz.questions[0]?.id, answer: "x", idempotencyKey: randomUUID(), durationMs: 1 });
    expect(res).toMatchObject({ ok: false, status: 404 });
    expect(await finishQuizAction.runAs(stranger, { attemptId: quiz.attemptId })).toMatchObject({ ok: false, status: 404 });
    const hidden = await createDeck(owner.id, [{ kind: "typed", prompt: "p", answer: "a" }], { visibility: "private" });
    expect(await startQuizAction.runAs(learner, { deckId: hidden.deckId, count: 5, timed: false, countAsReview: false })).toMatchObject({ ok: false, status: 404 });
    expect(await startQuizAction.runAs(learner, { deckId: deck.deckId, count: 7, timed: false, countAsReview: false })).toMatchObject({ ok: false, status: 422 });
    expect(await startQuizAction.runAs(null, { deckId: deck.deckId, count: 5 })).toMatchObject({ ok: false, status: 401 });
  });
});

describe("timed quiz", () => {
  it("records answers after the time limit as wrong", async () => {
    const res = await startQuizAction.runAs(learner, { deckId: deck.deckId, count: 5, timed: true, countAsReview: true });
    if (!res.ok) throw new Error(res.error);
    expect(res.data.timeLimitSec).toBe(300);
    const quiz = res.data;
    const first = quiz.questions[0]?.id as string;
    const second = quiz.questions[1]?.id as string;
    await answer(quiz, first, ANSWERS[first] as string);
    // Five minutes (+ grace) later:
    await db.quizAttempt.update({ where: { id: quiz.attemptId }, data: { startedAt: new Date(Date.now() - 320_000) } });
    await answer(quiz, second, ANSWERS[second] as string);
    const done = await finishQuizAction.runAs(learner, { attemptId: quiz.attemptId });
    if (!done.ok) throw new Error(done.error);
    expect(done.data.items.slice(0, 2).map((i) => i.correct)).toEqual([true, false]);
    expect(done.data.score).toBe(1);
  });
});
