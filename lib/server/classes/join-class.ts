import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound, tooManyRequests } from "@/lib/server/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { peekRateLimit } from "@/lib/server/rate-limit/peek-rate-limit";
import { normalizeJoinCode } from "./normalize-join-code";

export const WRONG_CODE_LIMIT = { points: 10, windowSec: 600 } as const;

/**
 * Joins the class with this code. Only wrong codes count against the limit (10 per 10 minutes per
 * person), so guessing codes is slow while a typo costs nothing; once over the limit, every attempt is 429.
 */
export async function joinClass(viewer: Viewer, rawCode: string): Promise<{ classId: string; className: string; alreadyMember: boolean }> {
  const key = `join-code:${viewer.id}`;
  const message = "Too many wrong join codes. Please wait 10 minutes and check the code with your instructor.";
  const state = await peekRateLimit(key);
  if (state.count >= WRONG_CODE_LIMIT.points) throw tooManyRequests(message);
  const code = normalizeJoinCode(rawCode);
  const cls = await db.class.findFirst({ where: { joinCode: code, archivedAt: null }, select: { id: true, name: true } });
  if (!cls) {
    await consumeRateLimit(key, { ...WRONG_CODE_LIMIT, message });
    throw notFound("A class with that join code");
  }
  const existing = await db.enrollment.findUnique({ where: { classId_userId: { classId: cls.id, userId: viewer.id } } });
  if (!existing) {
    await db.enrollment.upsert({ where: { classId_userId: { classId: cls.id, userId: viewer.id } }, update: {}, create: { classId: cls.id, userId: viewer.id } });
  }
  return { classId: cls.id, className: cls.name, alreadyMember: Boolean(existing) };
}
