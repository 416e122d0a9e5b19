import "server-only";
import { db } from "@/lib/server/db/client";

/** Reads `key`'s current window without consuming: how many hits so far and when the window ends. */
export async function peekRateLimit(key: string, now = new Date()): Promise<{ count: number; resetAt: Date | null }> {
  const row = await db.rateLimitBucket.findUnique({ where: { key } });
  if (!row || row.expiresAt <= now) return { count: 0, resetAt: null };
  return { count: row.points, resetAt: row.expiresAt };
}
