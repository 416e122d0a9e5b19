import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";

/** The learner leaves one of their classes; their cards and history stay. */
export async function leaveClass(viewer: Viewer, classId: string): Promise<{ left: true }> {
  const result = await db.enrollment.deleteMany({ where: { classId, userId: viewer.id } });
  if (result.count === 0) throw notFound("Class");
  return { left: true };
}
