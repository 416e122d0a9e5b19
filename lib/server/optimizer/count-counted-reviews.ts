import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";

/** The viewer's answers that still count: reviews and quiz answers, less those undone (one undo row each). */
export async function countCountedReviews(viewer: Viewer): Promise<number> {
  const [answers, undos] = await Promise.all([
    db.reviewLog.count({ where: { userId: viewer.id, type: { in: ["review", "quiz"] } } }),
    db.reviewLog.count({ where: { userId: viewer.id, type: "undo", undoesLogId: { not: null } } }),
  ]);
  return Math.max(0, answers - undos);
}
