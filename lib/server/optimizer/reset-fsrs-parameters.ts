import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";

/** Back to the default weights for the viewer's own schedule (cards keep their current state). */
export async function resetFsrsParameters(viewer: Viewer): Promise<{ parameters: null }> {
  await db.user.update({ where: { id: viewer.id }, data: { fsrsParameters: null }, select: { id: true } });
  return { parameters: null };
}
