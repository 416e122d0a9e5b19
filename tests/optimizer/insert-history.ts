/** Writes a generated review history into the log of a learner (test data: the log columns the optimiser reads). */
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db/client";
import type { OptimizerLogRow } from "@/lib/srs/optimizer-items";

export async function insertHistory(userId: string, questionId: string, deckId: string, rows: readonly OptimizerLogRow[], type = "review"): Promise<string[]> {
  const versions = new Map<string, number>();
  const data = rows.map((r) => {
    const version = versions.get(r.cardId) ?? 0;
    versions.set(r.cardId, version + 1);
    return {
      id: `l${randomUUID().replace(/-/g, "").slice(0, 24)}`,
      idempotencyKey: randomUUID(),
      userId,
      questionId,
      cardId: `${userId}:${r.cardId}`,
      deckId,
      type,
      rating: r.rating,
      stateBefore: r.stateBefore,
      state: 2,
      due: r.reviewedAt,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      cardVersion: version,
      reviewedAt: r.reviewedAt,
      dayKey: r.dayKey,
    };
  });
  for (let i = 0; i < data.length; i += 2000) await db.reviewLog.createMany({ data: data.slice(i, i + 2000) });
  return data.map((d) => d.id);
}
