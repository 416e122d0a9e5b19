import { beforeAll, describe, expect, it } from "vitest";
import { GET as csvRoute } from "@/app/api/export/reviews.csv/route";
import { GET as jsonRoute } from "@/app/api/export/reviews.json/route";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { seedReviewHistory } from "./fixtures/seed-review-history";
import { OPTIMIZER_CSV_HEADER } from "@/lib/server/progress/stream-reviews-csv";
import { createDeck, createLearner } from "./helpers";

const now = new Date();
let a: Viewer;
let b: Viewer;
let undoneId: string;

const get = (path: string) => new Request(`http://localhost${path}`);

beforeAll(async () => {
  a = await createLearner("Ava");
  b = await createLearner("Bo");
  const owner = await createLearner("Owner");
  const deck = await createDeck(owner.id, "Export deck", "public", [["Russia"], ["China"], ["Japan"]]);
  const questions = deck.questionIds.map((id) => ({ id, deckId: deck.id }));
  await seedReviewHistory(db, { userId: a.id, questions, now, days: 30, newPerDay: 2, seed: 7 });
  await seedReviewHistory(db, { userId: b.id, questions, now, days: 30, newPerDay: 3, seed: 8 });
  // A undoes their latest answer: an undo row pointing at it (the way the study path records undo).
  const last = await db.reviewLog.findFirstOrThrow({ where: { userId: a.id }, orderBy: { reviewedAt: "desc" } });
  undoneId = last.id;
  await db.reviewLog.create({
    data: {
      ...last,
      id: undefined,
      idempotencyKey: `${last.idempotencyKey}-undo`,
      type: "undo",
      undoesLogId: last.id,
      rating: 0,
      cardVersion: last.cardVersion + 1,
      reviewedAt: new Date(last.reviewedAt.getTime() + 1000),
    },
  });
});

function parseCsv(text: string): { header: string; rows: string[][] } {
  const lines = text.trimEnd().split("\n");
  return { header: lines[0] ?? "", rows: lines.slice(1).map((l) => l.split(",")) };
}

describe("GET /api/export/reviews.csv", () => {
  it("has exactly the FSRS optimizer header and one row per standing review of the viewer", async () => {
    const response = await csvRoute.runAs(a, get("/api/export/reviews.csv"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const { header, rows } = parseCsv(await response.text());
    expect(header).toBe("card_id,review_time,review_rating,review_state,review_duration");
    expect(OPTIMIZER_CSV_HEADER).toBe(header);

    const reviews = await db.reviewLog.findMany({ where: { userId: a.id, type: "review" }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
    const standing = reviews.filter((r) => r.id !== undoneId);
    expect(rows).toHaveLength(standing.length);
    expect(rows).toEqual(standing.map((r) => [r.cardId, String(r.reviewedAt.getTime()), String(r.rating), String(r.stateBefore), String(r.durationMs)]));
  });

  it("leaves out undo rows and the review they undid", async () => {
    const undone = await db.reviewLog.findUniqueOrThrow({ where: { id: undoneId } });
    const { rows } = parseCsv(await (await csvRoute.runAs(a, get("/api/export/reviews.csv"))).text());
    expect(rows.some((r) => r[0] === undone.cardId && r[1] === String(undone.reviewedAt.getTime()))).toBe(false);
    expect(rows.every((r) => ["1", "2", "3", "4"].includes(r[2]!))).toBe(true);
    expect(rows.every((r) => ["0", "1", "2", "3"].includes(r[3]!))).toBe(true);
  });

  it("contains none of another learner's cards", async () => {
    const bCards = new Set((await db.card.findMany({ where: { userId: b.id }, select: { id: true } })).map((c) => c.id));
    const { rows } = parseCsv(await (await csvRoute.runAs(a, get("/api/export/reviews.csv"))).text());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => bCards.has(r[0]!))).toEqual([]);
    const bRows = parseCsv(await (await csvRoute.runAs(b, get("/api/export/reviews.csv"))).text()).rows;
    expect(bRows).toHaveLength(await db.reviewLog.count({ where: { userId: b.id } }));
  });

  it("refuses anonymous visitors", async () => {
    const response = await csvRoute.runAs(null, get("/api/export/reviews.csv"));
    expect(response.status).toBe(401);
  });

  it("streams a long log in pages without losing or repeating rows", async () => {
    const big = await createLearner("Big");
    const card = await db.card.findFirstOrThrow({ where: { userId: a.id } });
    const bigCard = await db.card.create({ data: { ...card, id: `big-${card.id}`, userId: big.id } });
    const start = Date.UTC(2025, 0, 1);
    // 4,500 rows (more than two pages), many sharing a timestamp so the keyset cursor's tie-break is exercised.
    await db.reviewLog.createMany({
      data: Array.from({ length: 4500 }, (_, i) => ({
        idempotencyKey: `big-${i}`,
        userId: big.id,
        questionId: bigCard.questionId,
        cardId: bigCard.id,
        deckId: bigCard.deckId,
        rating: (i % 4) + 1,
        stateBefore: 2,
        state: 2,
        due: new Date(start),
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        lastElapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        cardVersion: i,
        durationMs: i,
        reviewedAt: new Date(start + Math.floor(i / 3) * 1000),
        dayKey: "2025-01-01",
      })),
    });
    const { rows } = parseCsv(await (await csvRoute.runAs(big, get("/api/export/reviews.csv"))).text());
    expect(rows).toHaveLength(4500);
    expect(new Set(rows.map((r) => r[4])).size).toBe(4500);
  });
});

describe("GET /api/export/reviews.json", () => {
  it("returns the viewer's settings, cards and full log (undo rows included) and nothing secret", async () => {
    const response = await jsonRoute.runAs(a, get("/api/export/reviews.json"));
    expect(response.status).toBe(200);
    const text = await response.text();
    const data = JSON.parse(text) as { user: { id: string; email: string }; cards: { id: string }[]; reviews: { type: string; cardId: string; undoesLogId: string | null }[] };
    expect(data.user).toMatchObject({ id: a.id, email: a.email });
    expect(data.cards.map((c) => c.id).sort()).toEqual((await db.card.findMany({ where: { userId: a.id }, select: { id: true } })).map((c) => c.id).sort());
    expect(data.reviews).toHaveLength(await db.reviewLog.count({ where: { userId: a.id } }));
    expect(data.reviews.filter((r) => r.type === "undo")).toHaveLength(1);
    const aCards = new Set(data.cards.map((c) => c.id));
    expect(data.reviews.every((r) => aCards.has(r.cardId))).toBe(true);
    expect(text).not.toMatch(/password|token|cardBefore/i);
    // Format version 1: every card with the same keys in the same order (readers may depend on it).
    for (const card of data.cards) {
      expect(Object.keys(card)).toEqual([
        "id", "questionId", "deckId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "version",
        "attempts", "correctCount", "againCount", "firstCorrect", "totalMs", "createdAt",
      ]);
    }
    expect(data.cards.length).toBeGreaterThan(0);
  });

  it("refuses anonymous visitors", async () => {
    expect((await jsonRoute.runAs(null, get("/api/export/reviews.json"))).status).toBe(401);
  });
});
