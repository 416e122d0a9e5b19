import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postReview } from "@/app/api/reviews/route";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { getNextStudyCard } from "@/lib/server/study/get-next-study-card";
import { loadNextCard } from "@/lib/server/study/load-next-card";
import type { ReviewResponse } from "@/lib/server/study/study-types";
import { createDeck, createStudyWorld, createViewer, flashcards, postJson, type StudyWorld } from "./fixtures";

let owner: Viewer;
let learner: Viewer;
let deck: StudyWorld["deck"];

beforeAll(async () => {
  ({ owner, learner, deck } = await createStudyWorld([
    ...flashcards(6),
    { kind: "typed", prompt: "Capital of France?", answer: "Paris", acceptedAnswers: ["Paris, France"] },
    { kind: "multiple_choice", prompt: "Pick one", answer: "Oslo", choices: ["Oslo", "Rome", "Bern", "Lima"] },
  ]));
});

function review(body: Record<string, unknown>, viewer: Viewer = learner) {
  return postReview.runAs(viewer, postJson({ rating: 3, idempotencyKey: randomUUID(), expectedVersion: 0, durationMs: 1500, ...body }));
}

describe("POST /api/reviews", () => {
  it("20 concurrent submissions with one idempotency key record one review and one rep", async () => {
    const questionId = deck.questionIds[0] as string;
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 20 }, () => review({ questionId, idempotencyKey: key, durationMs: 2000 })));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as ReviewResponse[];
    expect(new Set(bodies.map((b) => JSON.stringify(b.review))).size).toBe(1);

    expect(await db.reviewLog.count({ where: { userId: learner.id, questionId } })).toBe(1);
    const card = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId } } });
    expect(card.reps).toBe(1);
    expect(card.version).toBe(1);
    expect(card.attempts).toBe(1);
    expect(card.totalMs).toBe(2000);
    const stat = await db.questionStat.findUniqueOrThrow({ where: { questionId } });
    expect(stat).toMatchObject({ attempts: 1, firstAttempts: 1, firstCorrect: 1, againCount: 0 });
    const day = await db.learnerDayStat.findFirstOrThrow({ where: { userId: learner.id } });
    expect(day).toMatchObject({ reviews: 1, newCount: 1, totalMs: 2000 });

    // A late retry of the same key still returns the stored result and counts nothing.
    const late = await review({ questionId, idempotencyKey: key, durationMs: 2000 });
    expect(late.status).toBe(200);
    expect(((await late.json()) as ReviewResponse).review).toEqual(bodies[0]?.review);
    expect(await db.reviewLog.count({ where: { userId: learner.id, questionId } })).toBe(1);
  });

  it("two tabs answering the same card version: one succeeds, the other gets 409", async () => {
    const questionId = deck.questionIds[1] as string;
    const [a, b] = await Promise.all([review({ questionId, rating: 3 }), review({ questionId, rating: 1 })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(((await loser.json()) as { error: string }).error).toBe("This card changed in another tab; reloaded.");
    expect(await db.reviewLog.count({ where: { userId: learner.id, questionId } })).toBe(1);

    // Sequentially, the stale version is also refused, and the current one accepted.
    expect((await review({ questionId, expectedVersion: 0 })).status).toBe(409);
    const ok = await review({ questionId, expectedVersion: 1, rating: 4 });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as ReviewResponse).review.version).toBe(2);
    const card = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId } } });
    expect(card).toMatchObject({ version: 2, reps: 2, attempts: 2 });
  });

  it("the stored schedule matches the interval the card showed", async () => {
    const next = await loadNextCard(learner, deck.deckId);
    const shown = next.card;
    expect(shown).not.toBeNull();
    const res = await review({ questionId: shown?.questionId, expectedVersion: shown?.version, rating: 4 });
    const body = (await res.json()) as ReviewResponse;
    expect(body.review.intervalLabel).toBe(shown?.intervals.easy);
    expect((await loadNextCard(learner, deck.deckId, { lastShownQuestionId: shown?.questionId })).card?.questionId).not.toBe(shown?.questionId);
  });

  it("the answer carries only the stored review (an old client's next: false is accepted)", async () => {
    const shown = (await loadNextCard(learner, deck.deckId)).card;
    const res = await review({ questionId: shown?.questionId, expectedVersion: shown?.version, next: false });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReviewResponse;
    expect(body.review.questionId).toBe(shown?.questionId);
    expect(Object.keys(body)).toEqual(["review"]);
    expect(await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId: shown?.questionId as string } } })).toMatchObject({ reps: 1, version: (shown?.version ?? 0) + 1 });
    expect((await review({ questionId: shown?.questionId, next: "no" })).status).toBe(422);
  });

  it("grades typed and multiple-choice answers on the server and counts wrong answers", async () => {
    const typed = deck.questionIds[6] as string;
    const mc = deck.questionIds[7] as string;
    await review({ questionId: typed, answer: "  LONDON ", rating: 1 });
    await review({ questionId: mc, answer: "Oslo", rating: 3 });
    const typedCard = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId: typed } } });
    expect(typedCard).toMatchObject({ correctCount: 0, againCount: 1, firstCorrect: false });
    const mcCard = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId: mc } } });
    expect(mcCard).toMatchObject({ correctCount: 1, firstCorrect: true });
    expect(await db.wrongAnswerStat.findMany({ where: { questionId: typed }, select: { answer: true, count: true } })).toEqual([
      { answer: "london", count: 1 },
    ]);
  });

  it("a learner cannot review a question of a deck they cannot see (404), and nothing is written", async () => {
    const hidden = await createDeck(owner.id, flashcards(1), { visibility: "private" });
    const res = await review({ questionId: hidden.questionIds[0] });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toBe("Question was not found.");
    expect(await db.reviewLog.count({ where: { questionId: hidden.questionIds[0] } })).toBe(0);
    // The owner may study their own private deck.
    expect((await review({ questionId: hidden.questionIds[0] }, owner)).status).toBe(200);
  });

  it("a class deck is studied by enrolled learners only (full visibility rule behind the quick path)", async () => {
    const classDeck = await createDeck(owner.id, flashcards(1), { visibility: "class" });
    const cls = await db.class.create({ data: { ownerId: owner.id, name: "Class A", joinCode: `J${randomUUID().slice(0, 8)}` } });
    await db.assignment.create({ data: { classId: cls.id, deckId: classDeck.deckId } });
    const questionId = classDeck.questionIds[0];
    expect((await review({ questionId })).status).toBe(404);
    await db.enrollment.create({ data: { classId: cls.id, userId: learner.id } });
    expect((await review({ questionId })).status).toBe(200);
    const next = await getNextStudyCard(learner, classDeck.deckId);
    // The one card is now in learning (shown again within the learn-ahead window), nothing new is left.
    expect(next.counts.new).toBe(0);
    const stranger = await createViewer();
    await expect(getNextStudyCard(stranger, classDeck.deckId)).rejects.toThrow("Deck was not found.");
  });

  it("rejects bad input and anonymous callers", async () => {
    expect((await review({ questionId: deck.questionIds[2], rating: 5 })).status).toBe(422);
    expect((await review({ questionId: "x".repeat(65) })).status).toBe(422);
    expect((await review({ questionId: deck.questionIds[2], answer: "a".repeat(501) })).status).toBe(422);
    expect((await review({ questionId: deck.questionIds[2] }, null as unknown as Viewer)).status).toBe(401);
  });
});
