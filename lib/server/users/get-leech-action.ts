import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { toLeechAction, type LeechAction } from "@/lib/srs/leech";

/** The viewer's own leech setting (kept off the Viewer: only the account page and a leech's review read it). */
export async function getLeechAction(viewer: Viewer): Promise<LeechAction> {
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { leechAction: true } });
  return toLeechAction(user?.leechAction ?? "suspend");
}
