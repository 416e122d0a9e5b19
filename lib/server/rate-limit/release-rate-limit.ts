import "server-only";
import { db } from "@/lib/server/db/client";

/** Gives back one reserved hit of `key`'s current window (an attempt that turned out not to count). */
export async function releaseRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.updateMany({ where: { key, points: { gt: 0 } }, data: { points: { decrement: 1 } } });
}
