import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";

/** Removes a learner from my class (their own cards and history stay theirs). */
export async function removeLearner(viewer: Viewer, classId: string, userId: string): Promise<{ removed: boolean }> {
  const cls = await db.class.findFirst({ where: { id: classId, ownerId: viewer.id }, select: { id: true } });
  if (!cls) throw notFound("Class");
  const result = await db.enrollment.deleteMany({ where: { classId: cls.id, userId } });
  return { removed: result.count > 0 };
}
