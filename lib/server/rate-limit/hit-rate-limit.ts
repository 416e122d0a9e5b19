import "server-only";
import { db } from "@/lib/server/db/client";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * Adds one hit to `key`'s fixed window (RateLimitBucket table, shared by every server instance)
 * and returns the new count; refuses nothing itself.
 */
export async function hitRateLimit(key: string, windowSec: number, now = new Date()): Promise<{ count: number; resetAt: Date }> {
  // An expired window starts over; deleting first keeps the upsert a single atomic increment.
  await db.rateLimitBucket.deleteMany({ where: { key, expiresAt: { lte: now } } });
  const create = { key, points: 1, expiresAt: new Date(now.getTime() + windowSec * 1000) };
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.rateLimitBucket.upsert({ where: { key }, create, update: { points: { increment: 1 } } });
      return { count: row.points, resetAt: row.expiresAt };
    } catch (error) {
      // Two first hits raced to create the row: the loser increments it instead.
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}
