import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { getNextStudyCard } from "@/lib/server/study/get-next-study-card";
import { saveReview } from "@/lib/server/study/save-review";
import { createDeck, createViewer, flashcards } from "./fixtures";

describe("study queue", () => {
  it("introduces new cards up to the learner's daily limit, in deck order, and counts them per local day", async () => {
    const owner = await createViewer({ role: "instructor" });
    const learner = await createViewer({ newCardsPerDay: 2, timeZone: "America/New_York" });
    const deck = await createDeck(owner.id, flashcards(5));

    const first = await getNextStudyCard(learner, deck.deckId);
    expect(first.card?.questionId).toBe(deck.questionIds[0]);
    expect(first.counts).toEqual({ new: 2, learning: 0, review: 0 });
    expect(first.card?.intervals).toMatchObject({ again: "1m", good: "10m" });
    // The answer's place in the source sentence comes with the card: the study page marks it without a matcher.
    const { sourceSentence, answer, sourceAnswerSpan } = first.card!;
    expect(sourceAnswerSpan).not.toBeNull();
    expect(sourceSentence.slice(...sourceAnswerSpan!)).toBe(answer);

    const a = await saveReview(learner, { questionId: deck.questionIds[0] as string, rating: 4, idempotencyKey: randomUUID(), expectedVersion: 0, durationMs: 900 });
    expect(a.review.questionId).toBe(deck.questionIds[0]);
    const afterA = await getNextStudyCard(learner, deck.deckId, deck.questionIds[0]);
    expect(afterA.card?.questionId).toBe(deck.questionIds[1]);
    expect(afterA.counts.new).toBe(1);
    await saveReview(learner, { questionId: deck.questionIds[1] as string, rating: 4, idempotencyKey: randomUUID(), expectedVersion: 0, durationMs: 900 });
    const b = await getNextStudyCard(learner, deck.deckId, deck.questionIds[1]);
    // Both graduated straight to review (Easy): nothing is left today, and the rest waits for tomorrow.
    expect(b.card).toBeNull();
    expect(b.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(b.nextDue).not.toBeNull();

    const day = await db.learnerDayStat.findFirstOrThrow({ where: { userId: learner.id } });
    expect(day).toMatchObject({ reviews: 2, newCount: 2, totalMs: 1800 });
    // The day key is the learner's local study day (New York, day starting at 4:00), not UTC's.
    const local = new Date(Date.now() - 4 * 3_600_000).toLocaleDateString("en-CA", { timeZone: "America/New_York" });
    expect(day.dayKey).toBe(local);
  });

  it("shows a learning card again once it is due, before new cards", async () => {
    const owner = await createViewer({ role: "instructor" });
    const learner = await createViewer();
    const deck = await createDeck(owner.id, flashcards(3));
    const q = deck.questionIds[0] as string;
    await saveReview(learner, { questionId: q, rating: 1, idempotencyKey: randomUUID(), expectedVersion: 0, durationMs: 500 });
    // Pretend the one-minute step has passed.
    await db.card.updateMany({ where: { userId: learner.id, questionId: q }, data: { due: new Date(Date.now() - 1000) } });
    const next = await getNextStudyCard(learner, deck.deckId);
    expect(next.card?.questionId).toBe(q);
    expect(next.card?.queueKind).toBe("learning");
    expect(next.counts).toEqual({ new: 2, learning: 1, review: 0 });
  });
});
