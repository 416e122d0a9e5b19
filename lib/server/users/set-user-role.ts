import "server-only";
import type { Role, Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { conflict, notFound } from "@/lib/server/errors";
import { SYSTEM_USER_ID } from "@/lib/server/seed/system-user";
import { toUserSummary, userSummarySelect, type UserSummary } from "./user-summary";

/** Admin only, never on themselves (an admin cannot lock the last admin out by accident). */
export async function setUserRole(viewer: Viewer, input: { userId: string; role: Role }): Promise<UserSummary> {
  if (viewer.role !== "admin") throw notFound("User");
  if (input.userId === viewer.id) throw conflict("You can’t change your own role. Ask another admin.");
  const { count } = await db.user.updateMany({
    where: { id: input.userId, NOT: { id: { in: [viewer.id, SYSTEM_USER_ID] } } },
    data: { role: input.role },
  });
  if (count === 0) throw notFound("User");
  const row = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: userSummarySelect });
  return toUserSummary(row);
}
