import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getClassProgress } from "@/lib/server/classes/get-class-progress";
import { getClassQuestionStats } from "@/lib/server/classes/get-class-question-stats";
import { getLearnerDrilldown } from "@/lib/server/classes/get-learner-drilldown";
import { classGradebookCsv } from "@/lib/server/classes/class-gradebook-csv";
import { forgettingCurve } from "@/lib/srs/retrievability";
import { parseCsv } from "@/lib/csv/parse-csv";
import { makeUser } from "./helpers";

const now = new Date("2026-11-23T12:00:00.000Z");
const DAY = 86_400_000;
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);

let owner: Viewer;
let ann: Viewer;
let ben: Viewer;
let classId: string;
let q: string[]; // 4 approved questions in the assigned deck
let unassignedQ: string;

beforeAll(async () => {
  owner = await makeUser("instructor", "Owner");
  ann = await makeUser("learner", "Ann");
  ben = await makeUser("learner", "Ben");
  const outsider = await makeUser("learner", "Out");
  const deck = await db.deck.create({ data: { ownerId: owner.id, title: "Assigned", status: "published", visibility: "class" } });
  const other = await db.deck.create({ data: { ownerId: owner.id, title: "Not assigned", status: "published", visibility: "class" } });
  q = [];
  for (let i = 0; i < 4; i++) q.push((await db.question.create({ data: { deckId: deck.id, kind: i === 0 ? "typed" : "flashcard", prompt: `Q${i}`, answer: `A${i}`, position: i } })).id);
  // A deleted and a draft question do not count as assigned.
  const deletedQ = await db.question.create({ data: { deckId: deck.id, kind: "flashcard", prompt: "deleted", answer: "x", deletedAt: now } });
  const draftQ = await db.question.create({ data: { deckId: deck.id, kind: "flashcard", prompt: "draft", answer: "x", status: "draft" } });
  unassignedQ = (await db.question.create({ data: { deckId: other.id, kind: "flashcard", prompt: "elsewhere", answer: "x" } })).id;
  const cls = await db.class.create({ data: { ownerId: owner.id, name: "Hand-made", joinCode: "HANDMADE" } });
  classId = cls.id;
  await db.assignment.create({ data: { classId, deckId: deck.id } });
  await db.enrollment.createMany({ data: [{ classId, userId: ann.id }, { classId, userId: ben.id }] });

  const card = (userId: string, questionId: string, deckId: string, c: Partial<{ due: Date; stability: number; lastReview: Date; lapses: number; attempts: number; correctCount: number; againCount: number; firstCorrect: boolean; totalMs: number }>) =>
    db.card.create({ data: { userId, questionId, deckId, state: 2, reps: c.attempts ?? 0, due: c.due ?? now, ...c } });
  // Ann: studied Q0..Q2. Q0 due in 5 days, Q1 due 2 days ago (overdue), Q2 due 1 hour ago (due, not overdue).
  await card(ann.id, q[0]!, deck.id, { due: new Date(now.getTime() + 5 * DAY), stability: 10, lastReview: daysAgo(5), attempts: 2, correctCount: 1, againCount: 1, lapses: 1, firstCorrect: false, totalMs: 20_000 });
  await card(ann.id, q[1]!, deck.id, { due: daysAgo(2), stability: 4, lastReview: daysAgo(6), attempts: 1, correctCount: 1, firstCorrect: true, totalMs: 5_000 });
  await card(ann.id, q[2]!, deck.id, { due: new Date(now.getTime() - 3_600_000), stability: 1, lastReview: daysAgo(1), attempts: 3, correctCount: 2, againCount: 1, lapses: 2, firstCorrect: true, totalMs: 35_000 });
  // Ann's card on a deck that is not assigned must not count.
  await card(ann.id, unassignedQ, other.id, { stability: 50, lastReview: daysAgo(1), attempts: 9, totalMs: 999_000 });
  // Ann's cards on a soft-deleted and a draft question of the assigned deck must not count either.
  await card(ann.id, deletedQ.id, deck.id, { due: daysAgo(3), stability: 20, lastReview: daysAgo(2), attempts: 4, totalMs: 77_000 });
  await card(ann.id, draftQ.id, deck.id, { due: daysAgo(3), stability: 20, lastReview: daysAgo(2), attempts: 4, totalMs: 77_000 });
  // Ben: one card, long ago (inactive), wrong first.
  await card(ben.id, q[0]!, deck.id, { due: daysAgo(20), stability: 2, lastReview: daysAgo(30), attempts: 1, againCount: 1, firstCorrect: false, totalMs: 4_000 });
  // An outsider's card on the assigned deck must not count either.
  await card(outsider.id, q[1]!, deck.id, { stability: 3, lastReview: daysAgo(1), attempts: 5, firstCorrect: false });

  await db.learnerDayStat.createMany({
    data: [
      { userId: ann.id, dayKey: "2026-11-23", reviews: 4, againCount: 1, totalMs: 30_000 },
      { userId: ann.id, dayKey: "2026-11-10", reviews: 6, againCount: 1, totalMs: 30_000 },
      { userId: ann.id, dayKey: "2026-09-01", reviews: 100, againCount: 100 }, // older than 30 days
      { userId: ben.id, dayKey: "2026-10-24", reviews: 1, againCount: 1 }, // exactly 30 days ago: outside (29 days back + today)
    ],
  });
  await db.wrongAnswerStat.createMany({
    data: [
      { questionId: q[0]!, userId: ann.id, answer: "A9", count: 2 },
      { questionId: q[0]!, userId: ann.id, answer: "B", count: 3 },
      { questionId: q[0]!, userId: ben.id, answer: "B", count: 2 },
      // A learner outside the class: never counted, never shown.
      { questionId: q[0]!, userId: outsider.id, answer: "Z", count: 50 },
    ],
  });
});

describe("class progress dashboard (counters only)", () => {
  it("computes every learner number exactly", async () => {
    const p = await getClassProgress(owner, classId, { now, sort: "name" });
    expect(p.assignedQuestions).toBe(4);
    expect(p.learners.map((l) => l.name)).toEqual(["Ann", "Ben"]);
    const [annRow, benRow] = p.learners;
    expect(annRow).toMatchObject({ studied: 3, dueNow: 2, overdue: 1, reviews30d: 10, totalMs: 60_000, completion: 0.75 });
    expect(annRow!.retention).toBeCloseTo(1 - 2 / 10, 12);
    expect(annRow!.lastActive?.toISOString()).toBe(daysAgo(1).toISOString());
    const annKnowledge = (forgettingCurve(5, 10) + forgettingCurve(6, 4) + forgettingCurve(1, 1) + 0) / 4;
    expect(annRow!.knowledge).toBeCloseTo(annKnowledge, 9);
    expect(forgettingCurve(10, 10)).toBeCloseTo(0.9, 9); // R = 0.9 when elapsed = stability (FSRS definition)
    expect(benRow).toMatchObject({ studied: 1, dueNow: 1, overdue: 1, retention: null, reviews30d: 0, totalMs: 4_000, completion: 0.25 });
    expect(benRow!.knowledge).toBeCloseTo(forgettingCurve(30, 2) / 4, 9);
    expect(benRow!.attention).toEqual(["low knowledge", "overdue cards", "inactive"]);
  });

  it("puts learners needing attention first by default and sorts server-side on request", async () => {
    expect((await getClassProgress(owner, classId, { now })).learners.map((l) => l.name)).toEqual(["Ben", "Ann"]);
    expect((await getClassProgress(owner, classId, { now, sort: "studied", dir: "desc" })).learners.map((l) => l.name)).toEqual(["Ann", "Ben"]);
    expect((await getClassProgress(owner, classId, { now, sort: "time", dir: "asc" })).learners.map((l) => l.name)).toEqual(["Ben", "Ann"]);
  });

  it("per-question stats aggregate enrolled learners' cards", async () => {
    const { questions } = await getClassQuestionStats(owner, classId);
    expect(questions.map((s) => s.prompt)).toEqual(["Q0", "Q1", "Q2", "Q3"]);
    const [s0, s1, s2, s3] = questions;
    expect(s0).toMatchObject({ learners: 2, attempts: 3, firstAttempts: 2, firstTryCorrect: 0, averageLapses: 0.5, againCount: 2, flag: null });
    expect(s0!.wrongAnswers).toEqual([{ answer: "B", count: 5 }, { answer: "A9", count: 2 }]);
    expect(s1).toMatchObject({ learners: 1, attempts: 1, firstTryCorrect: 1 }); // outsider's 5 wrong attempts excluded
    expect(s2).toMatchObject({ attempts: 3, averageLapses: 2 });
    expect(s3).toMatchObject({ learners: 0, attempts: 0, firstTryCorrect: null, averageLapses: null });
  });

  it("flags too hard (<40% first try, ≥5) and too easy (>95%)", async () => {
    const extra = await Promise.all([0, 1, 2, 3, 4].map((i) => makeUser("learner", `Extra ${i}`)));
    await db.enrollment.createMany({ data: extra.map((u) => ({ classId, userId: u.id })) });
    const deckId = (await db.question.findUniqueOrThrow({ where: { id: q[3]! } })).deckId;
    for (const [i, u] of extra.entries()) {
      await db.card.create({ data: { userId: u.id, questionId: q[3]!, deckId, due: now, attempts: 1, firstCorrect: true, lastReview: now } });
      await db.card.create({ data: { userId: u.id, questionId: q[2]!, deckId, due: now, attempts: 1, firstCorrect: i === 0 ? true : false, lastReview: now } });
    }
    const { questions } = await getClassQuestionStats(owner, classId);
    expect(questions[3]!.flag).toBe("too easy"); // 5/5
    expect(questions[2]!.flag).toBe("too hard"); // Ann ✓ + 1 ✓ of 6 = 33%
    await db.enrollment.deleteMany({ where: { userId: { in: extra.map((u) => u.id) } } });
  });

  it("drill-down pages the learner's history on assigned decks and forecasts 30 days", async () => {
    const card = await db.card.findFirstOrThrow({ where: { userId: ann.id, questionId: q[0]! } });
    for (let i = 0; i < 55; i++) {
      await db.reviewLog.create({
        data: {
          idempotencyKey: `ann-${i}`, userId: ann.id, questionId: q[0]!, cardId: card.id, deckId: card.deckId, rating: i % 4 + 1, stateBefore: 2, state: 2,
          due: now, stability: 1, difficulty: 5, elapsedDays: 1, lastElapsedDays: 1, scheduledDays: 1, learningSteps: 0, cardVersion: i,
          reviewedAt: new Date(now.getTime() - i * 60_000), dayKey: "2026-11-23",
        },
      });
    }
    const page1 = await getLearnerDrilldown(owner, classId, ann.id, 1, now);
    expect(page1.history).toHaveLength(50);
    expect(page1.pageCount).toBe(2);
    expect((await getLearnerDrilldown(owner, classId, ann.id, 2, now)).history).toHaveLength(5);
    expect(page1.forecast).toHaveLength(30);
    expect(page1.forecast[0]).toEqual({ dayKey: "2026-11-23", count: 2 }); // Q1 overdue + Q2 due
    expect(page1.forecast.find((f) => f.dayKey === "2026-11-28")?.count).toBe(1);
    expect(page1.forecast.reduce((s, f) => s + f.count, 0)).toBe(3);
  });

  it("gradebook CSV has one row per learner; strangers get not found", async () => {
    const { csv } = await classGradebookCsv(owner, classId, now);
    const rows = parseCsv(csv).map((r) => r.fields);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 9)).toEqual(["Ann", ann.email, "3", "4", "75.0", "2", "1", "80.0", rows[1]![8]]);
    const stranger = await makeUser("instructor");
    await expect(getClassProgress(stranger, classId)).rejects.toMatchObject({ status: 404 });
    await expect(getClassQuestionStats(stranger, classId)).rejects.toMatchObject({ status: 404 });
    await expect(getLearnerDrilldown(stranger, classId, ann.id)).rejects.toMatchObject({ status: 404 });
    await expect(classGradebookCsv(stranger, classId)).rejects.toMatchObject({ status: 404 });
  });
});
