import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";

export type MyClassSummary = { id: string; name: string; joinCode: string; learnerCount: number; assignmentCount: number };

/** Classes the instructor owns (not archived), newest first. */
export async function listMyClasses(viewer: Viewer): Promise<MyClassSummary[]> {
  const rows = await db.class.findMany({
    where: { ownerId: viewer.id, archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { enrollments: true, assignments: true } } },
  });
  return rows.map((c) => ({ id: c.id, name: c.name, joinCode: c.joinCode, learnerCount: c._count.enrollments, assignmentCount: c._count.assignments }));
}
