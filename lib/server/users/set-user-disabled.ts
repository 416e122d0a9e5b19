import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { conflict, notFound } from "@/lib/server/errors";
import { SYSTEM_USER_ID } from "@/lib/server/seed/system-user";
import { toUserSummary, userSummarySelect, type UserSummary } from "./user-summary";

/**
 * Admin only, never on themselves. Disabling also deletes the account's sessions in the same
 * transaction, so an open tab is signed out on its next request (getViewer also refuses disabled users).
 */
export async function setUserDisabled(viewer: Viewer, input: { userId: string; disabled: boolean }): Promise<UserSummary> {
  if (viewer.role !== "admin") throw notFound("User");
  if (input.userId === viewer.id) throw conflict("You can’t disable your own account.");
  const row = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.userId, NOT: { id: { in: [viewer.id, SYSTEM_USER_ID] } } },
      data: { disabled: input.disabled },
    });
    if (count === 0) throw notFound("User");
    if (input.disabled) await tx.session.deleteMany({ where: { userId: input.userId } });
    return tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: userSummarySelect });
  });
  return toUserSummary(row);
}
