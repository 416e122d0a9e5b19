import "server-only";
import { createHash } from "node:crypto";
import type { Db, Prisma } from "@/lib/server/db/client";
import { learnerDay } from "@/lib/srs";
import { createNewCard, snapshotCard } from "@/lib/srs/card";
import { applyRating } from "@/lib/srs/next-states";
import { RATINGS, type Card } from "@/lib/srs/types";
import { retrievability } from "@/lib/stats/retrievability";

export type SeedHistoryOptions = {
  userId: string;
  questions: readonly { id: string; deckId: string }[];
  now: Date;
  days: number;
  newPerDay: number;
  /** Share of days skipped (no session), for a realistic patchy heatmap. */
  skipRate?: number;
  seed?: number;
};

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Deterministic PRNG (mulberry32) so a fixture is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * DEV/TEST FIXTURE ONLY (never part of the shipped seed): replaces the learner's study history
 * with a simulated one — daily sessions over `days` days, FSRS scheduling from lib/srs, recall
 * drawn from each card's retrievability — and writes Card, ReviewLog and LearnerDayStat rows the
 * way the review-save path does.
 */
export async function seedReviewHistory(db: Db, options: SeedHistoryOptions): Promise<{ reviews: number; cards: number; days: number }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: options.userId } });
  const random = rng(options.seed ?? 42);
  const skipRate = options.skipRate ?? 0.15;
  type Sim = { id: string; questionId: string; deckId: string; card: Card; version: number; attempts: number; correct: number; again: number; totalMs: number; firstCorrect: boolean | null };
  const sims: Sim[] = [];
  const unseen = [...options.questions];
  const logs: Prisma.ReviewLogCreateManyInput[] = [];
  const dayStats = new Map<string, { reviews: number; againCount: number; newCount: number; totalMs: number }>();

  for (let d = options.days - 1; d >= 0; d--) {
    if (d > 0 && random() < skipRate) continue;
    const sessionStart = new Date(options.now.getTime() - d * DAY - (d === 0 ? 30 * MINUTE : (1 + random() * 6) * 3_600_000));
    let t = sessionStart.getTime();
    const sessionEnd = t + 45 * MINUTE;
    let introduced = 0;
    for (let guard = 0; guard < 5000; guard++) {
      let sim = sims.filter((s) => s.card.due.getTime() <= t).sort((a, b) => a.card.due.getTime() - b.card.due.getTime())[0];
      if (!sim && introduced < options.newPerDay && unseen.length > 0) {
        const q = unseen.shift()!;
        sim = { id: `fx-${createHash("sha256").update(`${options.userId}/${q.id}`).digest("hex").slice(0, 24)}`, questionId: q.id, deckId: q.deckId, card: createNewCard(new Date(t)), version: 0, attempts: 0, correct: 0, again: 0, totalMs: 0, firstCorrect: null };
        sims.push(sim);
        introduced++;
      }
      if (!sim) {
        // Wait for a learning step that falls due before the session ends, else stop.
        const nextDue = Math.min(...sims.map((s) => s.card.due.getTime()).filter((x) => x > t && x <= sessionEnd));
        if (!Number.isFinite(nextDue)) break;
        t = nextDue;
        continue;
      }
      const now = new Date(Math.max(t, sim.card.lastReview?.getTime() ?? 0));
      const before = sim.card;
      let ratingIndex: number;
      if (before.state === 2) {
        const recalled = random() < retrievability(before, now);
        const x = random();
        ratingIndex = recalled ? (x < 0.1 ? 1 : x < 0.9 ? 2 : 3) : 0;
      } else {
        const x = random();
        ratingIndex = x < 0.25 ? 0 : x < 0.9 ? 2 : 3;
      }
      const rating = RATINGS[ratingIndex]!;
      const { card: after, log } = applyRating({ card: before, cardId: sim.id, now, settings: { desiredRetention: user.desiredRetention, maximumInterval: user.maximumInterval } }, rating);
      const durationMs = Math.round(3000 + random() * 12000);
      const correct = ratingIndex > 0;
      const dayKey = learnerDay(now, user.timeZone, user.dayStartHour).key;
      logs.push({
        idempotencyKey: `${sim.id}-${sim.version}`,
        userId: user.id,
        questionId: sim.questionId,
        cardId: sim.id,
        deckId: sim.deckId,
        type: "review",
        rating: ratingIndex + 1,
        stateBefore: before.state,
        state: after.state,
        due: after.due,
        stability: after.stability,
        difficulty: after.difficulty,
        elapsedDays: log.elapsedDays,
        lastElapsedDays: log.lastElapsedDays,
        scheduledDays: after.scheduledDays,
        learningSteps: after.learningSteps,
        cardBefore: JSON.stringify(snapshotCard(before)),
        cardVersion: sim.version,
        answer: null,
        correct,
        durationMs,
        reviewedAt: now,
        dayKey,
      });
      const stat = dayStats.get(dayKey) ?? { reviews: 0, againCount: 0, newCount: 0, totalMs: 0 };
      stat.reviews++;
      if (ratingIndex === 0) stat.againCount++;
      if (before.state === 0) stat.newCount++;
      stat.totalMs += durationMs;
      dayStats.set(dayKey, stat);
      if (sim.attempts === 0) sim.firstCorrect = correct;
      sim.card = after;
      sim.version++;
      sim.attempts++;
      sim.correct += correct ? 1 : 0;
      sim.again += ratingIndex === 0 ? 1 : 0;
      sim.totalMs += durationMs;
      t += durationMs + 2000;
      if (t > sessionEnd + 4 * 3_600_000) break; // a runaway session: stop for the day
    }
  }

  await db.$transaction([
    db.reviewLog.deleteMany({ where: { userId: user.id } }),
    db.card.deleteMany({ where: { userId: user.id } }),
    db.learnerDayStat.deleteMany({ where: { userId: user.id } }),
  ]);
  for (let i = 0; i < sims.length; i += 500) {
    await db.card.createMany({
      data: sims.slice(i, i + 500).map((s) => ({
        id: s.id,
        userId: user.id,
        questionId: s.questionId,
        deckId: s.deckId,
        due: s.card.due,
        stability: s.card.stability,
        difficulty: s.card.difficulty,
        elapsedDays: s.card.elapsedDays,
        scheduledDays: s.card.scheduledDays,
        learningSteps: s.card.learningSteps,
        reps: s.card.reps,
        lapses: s.card.lapses,
        state: s.card.state,
        lastReview: s.card.lastReview,
        version: s.version,
        attempts: s.attempts,
        correctCount: s.correct,
        againCount: s.again,
        firstCorrect: s.firstCorrect,
        totalMs: s.totalMs,
      })),
    });
  }
  for (let i = 0; i < logs.length; i += 1000) await db.reviewLog.createMany({ data: logs.slice(i, i + 1000) });
  await db.learnerDayStat.createMany({ data: [...dayStats.entries()].map(([dayKey, s]) => ({ userId: user.id, dayKey, ...s })) });
  return { reviews: logs.length, cards: sims.length, days: dayStats.size };
}
