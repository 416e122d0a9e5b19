import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";

/** Removes an assignment from my class; learners keep the progress they made. */
export async function unassignDeck(viewer: Viewer, classId: string, assignmentId: string): Promise<{ removed: boolean }> {
  const result = await db.assignment.deleteMany({ where: { id: assignmentId, classId, class: { ownerId: viewer.id } } });
  if (result.count === 0) throw notFound("Assignment");
  return { removed: true };
}
