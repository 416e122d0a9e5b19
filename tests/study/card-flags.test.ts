import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postFlag } from "@/app/api/cards/flag/route";
import { POST as postReview } from "@/app/api/reviews/route";
import { POST as postUndo } from "@/app/api/reviews/undo/route";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { getHomeSummary } from "@/lib/server/progress/get-home-summary";
import { getProgressStats } from "@/lib/server/progress/get-progress-stats";
import { loadNextCard } from "@/lib/server/study/load-next-card";
import type { CardFlagView } from "@/lib/server/study/set-card-flag";
import type { ReviewResponse } from "@/lib/server/study/study-types";
import { studyCardId } from "@/lib/server/study/study-card-id";
import { learnerDay } from "@/lib/srs/learner-day";
import { LEECH_LAPSES } from "@/lib/srs/leech";
import { createDeck, createViewer, flashcards, postJson } from "./fixtures";

let owner: Viewer;
let learner: Viewer;
let other: Viewer;
let deck: { deckId: string; questionIds: string[] };
const DAY = 86_400_000;

beforeAll(async () => {
  owner = await createViewer({ role: "instructor" });
  // A zone far from UTC with a late day start, so "until tomorrow" cannot accidentally be UTC midnight.
  learner = await createViewer({ timeZone: "America/Los_Angeles", dayStartHour: 5 });
  other = await createViewer();
  deck = await createDeck(owner.id, flashcards(12));
});

const q = (i: number) => deck.questionIds[i] as string;

/** A studied card in Review state, due an hour ago (so it is in today's queue). */
async function reviewCard(viewer: Viewer, questionId: string, extra: { lapses?: number; version?: number } = {}) {
  const now = Date.now();
  await db.card.create({
    data: {
      id: studyCardId(viewer.id, questionId), userId: viewer.id, questionId, deckId: deck.deckId, due: new Date(now - 3_600_000), stability: 3, difficulty: 5,
      scheduledDays: 3, reps: 5, lapses: extra.lapses ?? 0, state: 2, lastReview: new Date(now - 3 * DAY), version: extra.version ?? 5, attempts: 5,
    },
  });
}

async function flag(viewer: Viewer, questionId: string, command: string, expectedVersion: number) {
  const res = await postFlag.runAs(viewer, postJson({ questionId, command, expectedVersion }));
  return { status: res.status, body: (await res.json()) as CardFlagView & { error?: string } };
}

async function queued(viewer: Viewer, now = new Date()): Promise<string[]> {
  const next = await loadNextCard(viewer, deck.deckId, { now, lookahead: 10 });
  return [next.card, ...next.upcoming].flatMap((c) => (c ? [c.questionId] : []));
}

describe("suspend", () => {
  it("hides a card from the queue until unsuspended; a double click writes once; a stale tab gets 409", async () => {
    await reviewCard(learner, q(0));
    expect(await queued(learner)).toContain(q(0));
    const before = (await loadNextCard(learner, deck.deckId)).counts.review;

    const [a, b] = await Promise.all([flag(learner, q(0), "suspend", 5), flag(learner, q(0), "suspend", 5)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.changed, b.body.changed].sort()).toEqual([false, true]);
    const card = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId: q(0) } } });
    expect(card).toMatchObject({ suspended: true, version: 6 });
    expect(await queued(learner)).not.toContain(q(0));
    expect((await loadNextCard(learner, deck.deckId)).counts.review).toBe(before - 1);

    // A tab still showing the card at version 5 answers it: refused, nothing recorded.
    const review = await postReview.runAs(learner, postJson({ questionId: q(0), rating: 3, idempotencyKey: randomUUID(), expectedVersion: 5, durationMs: 1000 }));
    expect(review.status).toBe(409);
    expect(await db.reviewLog.count({ where: { userId: learner.id, questionId: q(0) } })).toBe(0);
    // A stale "bury" against the old version: 409 with the clear message.
    const stale = await flag(learner, q(0), "bury", 5);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/changed in another tab/);

    const back = await flag(learner, q(0), "unsuspend", 6);
    expect(back).toMatchObject({ status: 200, body: { suspended: false, version: 7, changed: true } });
    expect(await queued(learner)).toContain(q(0));
  });

  it("a question never answered can be suspended before its first review, and comes back as new", async () => {
    expect(await queued(learner)).toContain(q(6)); // among today's new cards
    const res = await flag(learner, q(6), "suspend", 0);
    expect(res).toMatchObject({ status: 200, body: { suspended: true, version: 1 } });
    expect(await queued(learner)).not.toContain(q(6));
    // Its first answer made against version 0 (the card the screen showed) is stale now.
    const stale = await postReview.runAs(learner, postJson({ questionId: q(6), rating: 3, idempotencyKey: randomUUID(), expectedVersion: 0, durationMs: 1000 }));
    expect(stale.status).toBe(409);
    await flag(learner, q(6), "unsuspend", 1);
    const next = await loadNextCard(learner, deck.deckId, { preferQuestionId: q(6), lookahead: 10 });
    expect(next.card).toMatchObject({ questionId: q(6), state: 0, version: 2, queueKind: "new" });
    const ok = await postReview.runAs(learner, postJson({ questionId: q(6), rating: 3, idempotencyKey: randomUUID(), expectedVersion: 2, durationMs: 1000 }));
    expect(ok.status).toBe(200);
  });

  it("is per learner: another learner's flag commands never touch this learner's card", async () => {
    await reviewCard(learner, q(1));
    // `other` may study the public deck, so "suspend" makes THEIR own card; the learner's card is untouched.
    const theirs = await flag(other, q(1), "suspend", 0);
    expect(theirs.status).toBe(200);
    const mine = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId: q(1) } } });
    expect(mine).toMatchObject({ suspended: false, version: 5 });
    // Unsuspend/unbury need the viewer's own card: none for a question they never touched.
    expect((await flag(other, q(2), "unsuspend", 0)).status).toBe(404);
    // A private deck of someone else: not found, nothing created.
    const hidden = await createDeck(owner.id, flashcards(1), { visibility: "private", status: "draft" });
    expect((await flag(learner, hidden.questionIds[0] as string, "suspend", 0)).status).toBe(404);
    expect(await db.card.count({ where: { userId: learner.id, questionId: hidden.questionIds[0] } })).toBe(0);
  });
});

describe("home page counts", () => {
  it("does not offer a never-answered question the learner suspended or buried as a new card", async () => {
    const fresh = await createViewer();
    const small = await createDeck(owner.id, flashcards(4));
    const [a, b, , d] = small.questionIds as [string, string, string, string];
    // The home page lists decks the learner has studied: one card of this deck in review.
    await db.card.create({
      data: { id: studyCardId(fresh.id, d), userId: fresh.id, questionId: d, deckId: small.deckId, due: new Date(Date.now() + 3 * DAY), stability: 3, difficulty: 5, scheduledDays: 3, reps: 1, state: 2, lastReview: new Date(), version: 1, attempts: 1 },
    });
    expect((await flag(fresh, a, "suspend", 0)).status).toBe(200);
    expect((await flag(fresh, b, "bury", 0)).status).toBe(200);
    const home = await getHomeSummary(fresh);
    expect(home.decks.find((x) => x.deckId === small.deckId)).toMatchObject({ studied: 1, unseen: 3, newAvailable: 1 });
    expect((await flag(fresh, a, "unsuspend", 1)).status).toBe(200);
    expect((await getHomeSummary(fresh)).decks.find((x) => x.deckId === small.deckId)?.newAvailable).toBe(2);
  });
});

describe("bury", () => {
  it("hides the card until the learner's next study day starts (their zone and day boundary), then it is back", async () => {
    await reviewCard(learner, q(2));
    const now = new Date();
    const res = await flag(learner, q(2), "bury", 5);
    expect(res.status).toBe(200);
    const end = learnerDay(now, learner.timeZone, learner.dayStartHour).end;
    expect(res.body.buriedUntil).toBe(end.toISOString());
    expect(await queued(learner)).not.toContain(q(2));
    // One minute before the next study day: still buried. One minute after: back in the queue.
    expect(await queued(learner, new Date(end.getTime() - 60_000))).not.toContain(q(2));
    expect(await queued(learner, new Date(end.getTime() + 60_000))).toContain(q(2));

    const home = await getHomeSummary(learner);
    const stats = await getProgressStats(learner);
    expect(stats.hidden.buried).toBeGreaterThanOrEqual(1);
    // The forecast counts the buried card on the day it comes back, not today.
    const tomorrowKey = learnerDay(end, learner.timeZone, learner.dayStartHour).key;
    expect(stats.forecast.days.find((d) => d.dayKey === tomorrowKey)?.count).toBeGreaterThanOrEqual(1);
    expect(home.decks.find((d) => d.deckId === deck.deckId)?.due).toBe(stats.forecast.days[0]?.count);

    const unburied = await flag(learner, q(2), "unbury", 6);
    expect(unburied).toMatchObject({ status: 200, body: { buriedUntil: null } });
    expect(await queued(learner)).toContain(q(2));
  });
});

describe("leeches", () => {
  async function lapse(viewer: Viewer, questionId: string, version: number) {
    const res = await postReview.runAs(viewer, postJson({ questionId, rating: 1, idempotencyKey: randomUUID(), expectedVersion: version, durationMs: 1000 }));
    expect(res.status).toBe(200);
    return (await res.json()) as ReviewResponse;
  }

  it(`the ${LEECH_LAPSES}th lapse tags and suspends the card in the same save; undo takes both back`, async () => {
    const leechLearner = await createViewer();
    await reviewCard(leechLearner, q(3), { lapses: LEECH_LAPSES - 1 });
    const saved = await lapse(leechLearner, q(3), 5);
    const card = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: leechLearner.id, questionId: q(3) } } });
    expect(card).toMatchObject({ lapses: LEECH_LAPSES, leech: true, suspended: true, version: 6 });
    const stats = await getProgressStats(leechLearner);
    expect(stats.leeches).toEqual([expect.objectContaining({ questionId: q(3), lapses: LEECH_LAPSES, suspended: true, version: 6 })]);
    expect(stats.hidden.suspended).toBe(1);
    expect(stats.states.review + stats.states.relearning).toBe(0);

    const undo = await postUndo.runAs(leechLearner, postJson({ logId: saved.review.logId }));
    expect(undo.status).toBe(200);
    const restored = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: leechLearner.id, questionId: q(3) } } });
    expect(restored).toMatchObject({ lapses: LEECH_LAPSES - 1, leech: false, suspended: false });
  });

  it("a learner who chose 'tag only' keeps the leech in their reviews; a lapse below the threshold does nothing", async () => {
    const tagger = await createViewer();
    await db.user.update({ where: { id: tagger.id }, data: { leechAction: "tag" } });
    await reviewCard(tagger, q(4), { lapses: LEECH_LAPSES - 1 });
    await reviewCard(tagger, q(5), { lapses: 2 });
    await lapse(tagger, q(4), 5);
    await lapse(tagger, q(5), 5);
    const [leech, plain] = await Promise.all([
      db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: tagger.id, questionId: q(4) } } }),
      db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: tagger.id, questionId: q(5) } } }),
    ]);
    expect(leech).toMatchObject({ leech: true, suspended: false });
    expect(plain).toMatchObject({ lapses: 3, leech: false, suspended: false });
  });
});
