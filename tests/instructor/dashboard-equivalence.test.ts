import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getClassProgress } from "@/lib/server/classes/get-class-progress";
import { getClassQuestionStats } from "@/lib/server/classes/get-class-question-stats";
import { forgettingCurve } from "@/lib/srs/retrievability";
import { makeUser } from "./helpers";
import { seededRandom as seeded } from "@/lib/random/seeded-random";

// The dashboards' grouped SQL (aggregate FILTERs, the dialect's epoch) against a from-scratch computation
// over the same Card rows in JavaScript, on a seeded random class: reviewed and never-reviewed cards,
// deleted and draft questions, a deleted assigned deck, an unassigned deck and a learner outside the class.
const now = new Date("2026-11-23T12:00:00.000Z");
const DAY = 86_400_000;


let owner: Viewer;
let classId: string;
let learners: Viewer[];
let countedQuestionIds: Set<string>;
let countedDeckIds: Set<string>;

beforeAll(async () => {
  const rand = seeded(13);
  const int = (n: number) => Math.floor(rand() * n);
  owner = await makeUser("instructor", "Owner");
  learners = [];
  for (let i = 0; i < 12; i++) learners.push(await makeUser("learner", `Learner ${String(i).padStart(2, "0")}`));
  const outsider = await makeUser("learner", "Outsider");
  const cls = await db.class.create({ data: { ownerId: owner.id, name: "Random", joinCode: "RANDOM13" } });
  classId = cls.id;
  // Two live assigned decks, one assigned deck that was deleted, one deck not assigned.
  const decks = [];
  for (const [title, deletedAt, assigned] of [["A", null, true], ["B", null, true], ["Deleted", now, true], ["Elsewhere", null, false]] as const) {
    const deck = await db.deck.create({ data: { ownerId: owner.id, title, status: "published", visibility: "class", deletedAt } });
    if (assigned) await db.assignment.create({ data: { classId, deckId: deck.id } });
    decks.push(deck);
  }
  countedDeckIds = new Set([decks[0]!.id, decks[1]!.id]);
  const questions: { id: string; deckId: string }[] = [];
  countedQuestionIds = new Set();
  for (const [d, deck] of decks.entries()) {
    for (let p = 0; p < 8; p++) {
      const roll = int(10);
      const question = await db.question.create({
        data: { deckId: deck.id, kind: ["typed", "flashcard", "multiple_choice"][p % 3]!, prompt: `${deck.title} ${p}`, answer: "x", position: p, status: roll === 0 ? "draft" : "approved", deletedAt: roll === 1 ? now : null },
      });
      questions.push({ id: question.id, deckId: deck.id });
      if (d < 2 && roll > 1) countedQuestionIds.add(question.id);
    }
  }
  await db.enrollment.createMany({ data: learners.map((l) => ({ classId, userId: l.id })) });
  for (const user of [...learners, outsider]) {
    for (const q of questions) {
      if (rand() < 0.25) continue; // no card yet
      const reviewed = rand() < 0.8;
      const attempts = reviewed ? 1 + int(6) : 0;
      const againCount = reviewed ? int(attempts + 1) : 0;
      // Whole seconds: SQLite's unixepoch() reads seconds.
      const lastReview = reviewed ? new Date(now.getTime() - int(60 * DAY / 1000) * 1000) : null;
      await db.card.create({
        data: {
          userId: user.id, questionId: q.id, deckId: q.deckId, state: reviewed ? 2 : 0, reps: attempts,
          due: new Date(now.getTime() + (int(40 * 24) - 20 * 24) * 3_600_000),
          stability: reviewed && rand() < 0.9 ? 0.5 + rand() * 60 : 0,
          lastReview, lapses: reviewed ? int(4) : 0, attempts, correctCount: attempts - againCount, againCount,
          firstCorrect: reviewed ? rand() < 0.6 : null, totalMs: reviewed ? 1000 * (1 + int(90)) : 0,
        },
      });
    }
  }
});

describe("class dashboards equal a from-scratch computation over the cards", () => {
  it("per learner: studied, due, overdue, knowledge, time, last active", async () => {
    const p = await getClassProgress(owner, classId, { now, sort: "name" });
    expect(p.assignedQuestions).toBe(countedQuestionIds.size);
    expect(p.learners.map((l) => l.userId)).toEqual(learners.map((l) => l.id));
    for (const row of p.learners) {
      const cards = (await db.card.findMany({ where: { userId: row.userId } })).filter((c) => countedQuestionIds.has(c.questionId));
      const reviewed = cards.filter((c) => c.lastReview !== null);
      // Last active counts any review on the assigned live decks, also of a question deleted since.
      const onDecks = (await db.card.findMany({ where: { userId: row.userId, deckId: { in: [...countedDeckIds] }, lastReview: { not: null } } })).map((c) => c.lastReview!.getTime());
      expect(row.studied).toBe(reviewed.length);
      expect(row.dueNow).toBe(reviewed.filter((c) => c.due <= now).length);
      expect(row.overdue).toBe(reviewed.filter((c) => c.due.getTime() < now.getTime() - DAY).length);
      expect(row.totalMs).toBe(cards.reduce((s, c) => s + c.totalMs, 0));
      expect(row.lastActive?.getTime() ?? null).toBe(onDecks.length ? Math.max(...onDecks) : null);
      const rSum = reviewed.reduce((s, c) => s + forgettingCurve((now.getTime() - c.lastReview!.getTime()) / DAY, c.stability), 0);
      expect(row.knowledge).toBeCloseTo(rSum / countedQuestionIds.size, 9);
      expect(row.completion).toBeCloseTo(reviewed.length / countedQuestionIds.size, 12);
    }
    // The random class exercises every branch: cards excluded by question and by deck, unreviewed cards.
    const all = await db.card.findMany({ where: { userId: { in: learners.map((l) => l.id) } } });
    expect(all.some((c) => countedDeckIds.has(c.deckId) && !countedQuestionIds.has(c.questionId))).toBe(true);
    expect(all.some((c) => !countedDeckIds.has(c.deckId))).toBe(true);
    expect(all.some((c) => countedQuestionIds.has(c.questionId) && c.lastReview === null)).toBe(true);
  });

  it("per question: learners, attempts, first tries, lapses, again", async () => {
    const { questions } = await getClassQuestionStats(owner, classId);
    expect(new Set(questions.map((q) => q.questionId))).toEqual(countedQuestionIds);
    const enrolled = learners.map((l) => l.id);
    for (const stat of questions) {
      const cards = await db.card.findMany({ where: { questionId: stat.questionId, userId: { in: enrolled } } });
      const tried = cards.filter((c) => c.attempts > 0);
      const first = cards.filter((c) => c.firstCorrect !== null);
      expect(stat).toMatchObject({
        learners: tried.length,
        attempts: cards.reduce((s, c) => s + c.attempts, 0),
        firstAttempts: first.length,
        againCount: cards.reduce((s, c) => s + c.againCount, 0),
      });
      expect(stat.firstTryCorrect).toBe(first.length ? first.filter((c) => c.firstCorrect).length / first.length : null);
      expect(stat.averageLapses).toBe(tried.length ? tried.reduce((s, c) => s + c.lapses, 0) / tried.length : null);
    }
  });
});
