import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postReview } from "@/app/api/reviews/route";
import { POST as postUndo } from "@/app/api/reviews/undo/route";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import type { ReviewResponse } from "@/lib/server/study/study-types";
import type { UndoResult } from "@/lib/server/study/undo-last-review";
import { createDeck, createStudyWorld, createViewer, flashcards, postJson, type StudyWorld } from "./fixtures";

let owner: Viewer;
let learner: Viewer;
let deck: StudyWorld["deck"];

beforeAll(async () => {
  ({ owner, learner, deck } = await createStudyWorld([...flashcards(3), { kind: "typed", prompt: "Capital of France?", answer: "Paris" }]));
});

const cardOf = (questionId: string) => db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId } } });
const counters = async (questionId: string) => ({
  day: await db.learnerDayStat.findMany({ where: { userId: learner.id }, select: { dayKey: true, reviews: true, againCount: true, newCount: true, totalMs: true } }),
  question: await db.questionStat.findUnique({ where: { questionId }, select: { attempts: true, firstAttempts: true, firstCorrect: true, againCount: true } }),
  wrong: await db.wrongAnswerStat.findMany({ where: { questionId }, select: { answer: true, count: true } }),
});

async function review(questionId: string, body: Record<string, unknown> = {}) {
  const res = await postReview.runAs(learner, postJson({ questionId, rating: 3, idempotencyKey: randomUUID(), expectedVersion: 0, durationMs: 1200, ...body }));
  expect(res.status).toBe(200);
  return (await res.json()) as ReviewResponse;
}

const undo = (logId: string, viewer: Viewer = learner) => postUndo.runAs(viewer, postJson({ logId }));

describe("POST /api/reviews/undo", () => {
  it("restores the card and counters exactly and appends an undo row", async () => {
    const q = deck.questionIds[3] as string;
    await review(q, { rating: 3, answer: "Paris" });
    const before = await cardOf(q);
    const countersBefore = await counters(q);

    const second = await review(q, { rating: 1, answer: "Lyon", expectedVersion: before.version, durationMs: 5000 });
    const changed = await cardOf(q);
    expect(changed.reps).toBe(before.reps + 1);
    expect((await counters(q)).wrong).toEqual([{ answer: "lyon", count: 1 }]);

    const res = await undo(second.review.logId);
    expect(res.status).toBe(200);
    const body = (await res.json()) as UndoResult;
    expect(body.version).toBe(before.version + 2);
    expect(body.next.card?.questionId).toBe(q);

    const after = await cardOf(q);
    const strip = ({ version: _v, updatedAt: _u, ...rest }: typeof after) => rest;
    expect(strip(after)).toEqual(strip(before));
    expect(after.version).toBe(before.version + 2);
    expect(await counters(q)).toEqual({ ...countersBefore, wrong: [{ answer: "lyon", count: 0 }] });

    const undoRow = await db.reviewLog.findFirstOrThrow({ where: { undoesLogId: second.review.logId } });
    expect(undoRow).toMatchObject({ type: "undo", rating: 0, cardId: after.id, cardVersion: before.version + 1, state: before.state });
    expect(await db.reviewLog.count({ where: { cardId: after.id } })).toBe(3);

    // Undoing the same log again changes nothing; the earlier review is now the latest and may be undone too.
    expect((await undo(second.review.logId)).status).toBe(200);
    expect(await db.reviewLog.count({ where: { cardId: after.id } })).toBe(3);
  });

  it("steps back through several answers, the same card twice included, until another answer intervenes", async () => {
    const own = await createDeck(owner.id, flashcards(2));
    const [q1, q2] = [own.questionIds[0] as string, own.questionIds[1] as string];
    const a = await review(q1, { rating: 1 });
    const b = await review(q2, { rating: 3 });
    const afterA = await cardOf(q1);
    const c = await review(q1, { rating: 3, expectedVersion: afterA.version });
    const strip = ({ version: _v, updatedAt: _u, ...rest }: Awaited<ReturnType<typeof cardOf>>) => rest;

    expect((await undo(c.review.logId)).status).toBe(200);
    expect(strip(await cardOf(q1))).toEqual(strip(afterA));
    expect((await undo(b.review.logId)).status).toBe(200);
    expect((await undo(a.review.logId)).status).toBe(200);
    const back = await cardOf(q1);
    expect(back).toMatchObject({ state: 0, reps: 0, attempts: 0, lastReview: null, version: 4 });
    expect(await cardOf(q2)).toMatchObject({ state: 0, reps: 0, version: 2 });

    // An answer from another tab after the one to undo refuses the older undo.
    const d = await review(q1, { expectedVersion: back.version });
    await review(q1, { expectedVersion: back.version + 1 });
    const refused = await undo(d.review.logId);
    expect(refused.status).toBe(409);
  });

  it("undoing a first answer returns the card to New and removes it from today's new count", async () => {
    const q = deck.questionIds[0] as string;
    const dayBefore = await db.learnerDayStat.findMany({ where: { userId: learner.id } });
    const saved = await review(q, { rating: 4 });
    expect((await undo(saved.review.logId)).status).toBe(200);
    const card = await cardOf(q);
    expect(card).toMatchObject({ state: 0, reps: 0, attempts: 0, firstCorrect: null, lastReview: null, version: 2 });
    expect(await db.learnerDayStat.findMany({ where: { userId: learner.id } })).toEqual(dayBefore);
    expect(await db.questionStat.findUnique({ where: { questionId: q } })).toMatchObject({ attempts: 0, firstAttempts: 0, firstCorrect: 0 });
    // Answering again continues from the bumped version.
    expect((await review(q, { expectedVersion: 2 })).review.version).toBe(3);
  });

  it("only the latest review can be undone, and only by its learner", async () => {
    const a = await review(deck.questionIds[1] as string);
    await review(deck.questionIds[2] as string);
    const older = await undo(a.review.logId);
    expect(older.status).toBe(409);
    expect(((await older.json()) as { error: string }).error).toBe("Only your latest answer can be undone, and only once.");
    const stranger = await createViewer();
    expect((await undo(a.review.logId, stranger)).status).toBe(404);
  });

  it("20 concurrent undos of one review write one undo row", async () => {
    const q = deck.questionIds[1] as string;
    const card = await cardOf(q);
    const saved = await review(q, { expectedVersion: card.version });
    const results = await Promise.all(Array.from({ length: 20 }, () => undo(saved.review.logId)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(await db.reviewLog.count({ where: { undoesLogId: saved.review.logId } })).toBe(1);
    expect(await cardOf(q)).toMatchObject({ reps: card.reps, version: card.version + 2 });
  });
});
