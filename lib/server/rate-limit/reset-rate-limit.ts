import "server-only";
import { db } from "@/lib/server/db/client";

/** Forgets `key`'s window (e.g. failed sign-ins after a successful one). */
export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
