import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { getProgressStats } from "@/lib/server/progress/get-progress-stats";
import { learnerDay } from "@/lib/srs";
import { addDays } from "@/lib/stats/day-key";
import { createLearner } from "./helpers";

// The statistics page must stay fast for a heavy learner: 50,000 reviews over a year on 4,000 cards.
// The loader reads day counters and cards only, so its time must not depend on the size of the review log.
const REVIEWS = 50_000;
const CARDS = 4_000;
const now = new Date();
let viewer: Viewer;

beforeAll(async () => {
  viewer = await createLearner("Heavy", { timeZone: "Europe/Berlin" });
  const deck = await db.deck.create({ data: { ownerId: viewer.id, title: "Heavy deck", visibility: "private", status: "published" } });
  const topics = ["Russia", "China", "sanctions", "Southeast Asia", "Japan"];
  const questionIds = Array.from({ length: CARDS }, (_, i) => `heavy-q-${i}`);
  for (let i = 0; i < CARDS; i += 1000) {
    await db.question.createMany({
      data: questionIds.slice(i, i + 1000).map((id, k) => ({ id, deckId: deck.id, kind: "flashcard", prompt: `Q${i + k}`, answer: "A", tags: JSON.stringify([topics[(i + k) % 5]]), position: i + k })),
    });
    await db.card.createMany({
      data: questionIds.slice(i, i + 1000).map((questionId, k) => {
        const n = i + k;
        return {
          id: `heavy-c-${n}`,
          userId: viewer.id,
          questionId,
          deckId: deck.id,
          due: new Date(now.getTime() + ((n % 60) - 5) * 86_400_000),
          stability: 0.5 + (n % 200),
          difficulty: 5,
          state: n % 10 === 0 ? 3 : 2,
          lastReview: new Date(now.getTime() - (n % 30) * 86_400_000),
          lapses: n % 7,
          againCount: n % 11,
          attempts: 12,
          reps: 12,
        };
      }),
    });
  }
  const start = now.getTime() - 365 * 86_400_000;
  for (let i = 0; i < REVIEWS; i += 5000) {
    await db.reviewLog.createMany({
      data: Array.from({ length: Math.min(5000, REVIEWS - i) }, (_, k) => {
        const n = i + k;
        const reviewedAt = new Date(start + Math.floor((n / REVIEWS) * 365 * 86_400_000));
        return {
          idempotencyKey: `heavy-${n}`,
          userId: viewer.id,
          questionId: questionIds[n % CARDS]!,
          cardId: `heavy-c-${n % CARDS}`,
          deckId: deck.id,
          rating: (n % 4) + 1,
          stateBefore: 2,
          state: 2,
          due: reviewedAt,
          stability: 3,
          difficulty: 5,
          elapsedDays: 1,
          lastElapsedDays: 1,
          scheduledDays: 3,
          learningSteps: 0,
          cardVersion: Math.floor(n / CARDS),
          durationMs: 5000,
          reviewedAt,
          dayKey: reviewedAt.toISOString().slice(0, 10),
        };
      }),
    });
  }
  const today = learnerDay(now, viewer.timeZone, viewer.dayStartHour).key;
  await db.learnerDayStat.createMany({
    data: Array.from({ length: 366 }, (_, i) => ({ userId: viewer.id, dayKey: addDays(today, -i), reviews: 137, againCount: 20, newCount: 10, totalMs: 600_000 })),
  });
}, 180_000);

describe("getProgressStats at 50k reviews", () => {
  it("computes every chart from counters and cards, quickly", async () => {
    const times: number[] = [];
    let stats: Awaited<ReturnType<typeof getProgressStats>> | null = null;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      stats = await getProgressStats(viewer, now);
      times.push(performance.now() - t);
    }
    const median = [...times].sort((a, b) => a - b)[2]!;
    console.log(`[progress perf] getProgressStats with ${REVIEWS} reviews / ${CARDS} cards: median ${median.toFixed(0)} ms (runs ${times.map((x) => x.toFixed(0)).join(", ")})`);
    expect(stats!.totals.studiedCards).toBe(CARDS);
    expect(stats!.heatmap.total).toBe(365 * 137);
    expect(stats!.masteryByTag).toHaveLength(5);
    expect(stats!.hardest).toHaveLength(10);
    expect(stats!.hardest[0]!.lapses).toBe(6);
    // Target is < 200 ms on a quiet machine; the bound leaves room for a loaded CI box but not for a log scan.
    expect(median).toBeLessThan(1000);
  });
});
