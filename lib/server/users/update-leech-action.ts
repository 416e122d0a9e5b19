import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { toLeechAction, type LeechAction } from "@/lib/srs/leech";

/** The viewer's own leech setting: what happens to a card on its 8th lapse (suspend it, or only tag it). */
export async function updateLeechAction(viewer: Viewer, leechAction: LeechAction): Promise<{ leechAction: LeechAction }> {
  const saved = await db.user.update({ where: { id: viewer.id }, data: { leechAction }, select: { leechAction: true } });
  return { leechAction: toLeechAction(saved.leechAction) };
}
