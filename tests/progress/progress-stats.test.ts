import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { getCardInfo } from "@/lib/server/progress/get-card-info";
import { getHomeSummary } from "@/lib/server/progress/get-home-summary";
import { getProgressStats } from "@/lib/server/progress/get-progress-stats";
import { seedReviewHistory } from "./fixtures/seed-review-history";
import { saveReview } from "@/lib/server/study/save-review";
import { learnerDay } from "@/lib/srs";
import { addDays } from "@/lib/stats/day-key";
import { createDeck, createLearner } from "./helpers";

const now = new Date();
let a: Viewer;
let b: Viewer;
let shared: { id: string; questionIds: string[] };
let privateB: { id: string; questionIds: string[] };

beforeAll(async () => {
  a = await createLearner("Ana", { timeZone: "Pacific/Auckland" });
  b = await createLearner("Ben", { timeZone: "America/Los_Angeles" });
  const owner = await createLearner("Owner");
  shared = await createDeck(owner.id, "Shared deck", "public", [["Russia", "sanctions"], ["China"], ["Russia"], ["Southeast Asia"], [], ["China"]]);
  privateB = await createDeck(b.id, "Ben's private deck", "private", [["Secret topic"], ["Secret topic"]]);
  // A studies 4 of the 6 shared questions; B studies all shared ones and their private deck, more intensely.
  await seedReviewHistory(db, { userId: a.id, questions: shared.questionIds.slice(0, 4).map((id) => ({ id, deckId: shared.id })), now, days: 60, newPerDay: 2, seed: 1 });
  await seedReviewHistory(db, {
    userId: b.id,
    questions: [...shared.questionIds.map((id) => ({ id, deckId: shared.id })), ...privateB.questionIds.map((id) => ({ id, deckId: privateB.id }))],
    now,
    days: 120,
    newPerDay: 3,
    seed: 2,
  });
});

describe("getProgressStats", () => {
  it("counts only the viewer's own reviews and cards", async () => {
    const stats = await getProgressStats(a, now);
    const today = learnerDay(now, a.timeZone, a.dayStartHour).key;
    const aReviews = await db.reviewLog.count({ where: { userId: a.id, dayKey: { gte: addDays(today, -364) } } });
    const bReviews = await db.reviewLog.count({ where: { userId: b.id } });
    expect(aReviews).toBeGreaterThan(0);
    expect(aReviews).not.toBe(bReviews);
    expect(stats.today).toBe(today);
    expect(stats.heatmap.total).toBe(aReviews);
    expect(stats.heatmap.todayCount).toBe(await db.reviewLog.count({ where: { userId: a.id, dayKey: today } }));
    expect(stats.totals.studiedCards).toBe(4);
    expect(stats.states.new + stats.states.learning + stats.states.review + stats.states.relearning).toBe(4);
    expect(stats.stability.reduce((s, x) => s + x.count, 0)).toBe(4);
    expect(stats.unstarted).toBe(2);
  });

  it("never shows another learner's private deck or questions", async () => {
    const statsA = await getProgressStats(a, now);
    expect(statsA.masteryByDeck.map((m) => m.key)).toEqual([shared.id]);
    expect(statsA.masteryByTag.map((m) => m.key)).not.toContain("Secret topic");
    const aCards = new Set((await db.card.findMany({ where: { userId: a.id }, select: { questionId: true } })).map((c) => c.questionId));
    for (const h of statsA.hardest) expect(aCards.has(h.questionId)).toBe(true);

    const statsB = await getProgressStats(b, now);
    expect(statsB.masteryByDeck.map((m) => m.key).sort()).toEqual([shared.id, privateB.id].sort());
    expect(statsB.masteryByTag.map((m) => m.key)).toContain("Secret topic");
  });

  it("computes mastery over all of the deck's questions, unstudied counting 0", async () => {
    const stats = await getProgressStats(a, now);
    const deck = stats.masteryByDeck[0]!;
    expect(deck).toMatchObject({ questions: 6, studied: 4, label: "Shared deck" });
    expect(deck.mastery).toBeGreaterThan(0);
    expect(deck.mastery).toBeLessThanOrEqual(4 / 6);
    const sea = stats.masteryByTag.find((t) => t.key === "Southeast Asia");
    expect(sea).toMatchObject({ questions: 1, studied: 1 });
  });

  it("sees a review saved through the real study path today", async () => {
    const fresh = await createLearner("Fay");
    const before = await getProgressStats(fresh, now);
    expect(before.heatmap.todayCount).toBe(0);
    expect(before.forecast.total).toBe(0);
    await saveReview(fresh, { questionId: shared.questionIds[0]!, rating: 3, idempotencyKey: "fay-1", expectedVersion: 0, durationMs: 4000 });
    const after = await getProgressStats(fresh, new Date());
    expect(after.heatmap.todayCount).toBe(1);
    expect(after.streak).toMatchObject({ current: 1, reviewedToday: true });
    expect(after.forecast.total).toBe(1);
    expect(after.states.learning + after.states.review).toBe(1);
    const home = await getHomeSummary(fresh, new Date());
    expect(home.reviewsToday).toBe(1);
    expect(home.decks.map((d) => d.deckId)).toEqual([shared.id]);
    expect(home.decks[0]).toMatchObject({ studied: 1, unseen: 5, newAvailable: 5 });
  });
});

describe("getHomeSummary", () => {
  it("lists only decks the learner studied or was assigned, with due counts from their own cards", async () => {
    const home = await getHomeSummary(a, now);
    const day = learnerDay(now, a.timeZone, a.dayStartHour);
    const due = await db.card.count({ where: { userId: a.id, state: { not: 0 }, due: { lt: day.end } } });
    expect(home.decks.map((d) => d.deckId)).toEqual([shared.id]);
    expect(home.dueTotal).toBe(due);
    expect(home.decks[0]).toMatchObject({ studied: 4, unseen: 2 });
  });

  it("shows an assigned deck with its due date before any study", async () => {
    const learner = await createLearner("Gil");
    const teacher = await createLearner("Teacher");
    const deck = await createDeck(teacher.id, "Class deck", "public", [["China"], ["Japan"]]);
    const cls = await db.class.create({ data: { ownerId: teacher.id, name: "Politics 101", joinCode: `PRG${Date.now()}` } });
    await db.enrollment.create({ data: { classId: cls.id, userId: learner.id } });
    const dueAt = new Date(now.getTime() + 3 * 86_400_000);
    await db.assignment.create({ data: { classId: cls.id, deckId: deck.id, dueAt } });
    const home = await getHomeSummary(learner, now);
    expect(home.decks).toEqual([
      { deckId: deck.id, title: "Class deck", due: 0, newAvailable: 2, unseen: 2, studied: 0, assignment: { className: "Politics 101", dueAt } },
    ]);
    // Someone not in the class sees nothing of it.
    expect((await getHomeSummary(b, now)).decks.map((d) => d.deckId)).not.toContain(deck.id);
  });
});

describe("getCardInfo", () => {
  it("returns the viewer's own history only", async () => {
    const qid = shared.questionIds[0]!;
    const info = await getCardInfo(a, qid, now);
    const own = await db.reviewLog.count({ where: { userId: a.id, questionId: qid } });
    expect(own).toBeGreaterThan(0);
    expect(info.reviewsTotal).toBe(own);
    const ids = new Set((await db.reviewLog.findMany({ where: { userId: a.id, questionId: qid }, select: { id: true } })).map((l) => l.id));
    for (const r of info.reviews) expect(ids.has(r.id)).toBe(true);
    expect(info.card?.retrievability).toBeGreaterThanOrEqual(0);
    expect(info.card?.retrievability).toBeLessThanOrEqual(1);
  });

  it("is not found for another learner's private question", async () => {
    await expect(getCardInfo(a, privateB.questionIds[0]!, now)).rejects.toMatchObject({ status: 404 });
    await expect(getCardInfo(a, "no-such-question", now)).rejects.toMatchObject({ status: 404 });
  });

  it("shows a visible question the viewer hasn't studied, without a card", async () => {
    const info = await getCardInfo(a, shared.questionIds[5]!, now);
    expect(info.card).toBeNull();
    expect(info.reviews).toEqual([]);
  });
});
