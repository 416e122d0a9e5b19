import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";

/** The viewer's own display name; the where clause is the viewer's id, so nobody else's row can change. */
export async function updateProfile(viewer: Viewer, input: { name: string }): Promise<{ name: string }> {
  const row = await db.user.update({ where: { id: viewer.id }, data: { name: input.name }, select: { name: true } });
  return { name: row.name };
}
