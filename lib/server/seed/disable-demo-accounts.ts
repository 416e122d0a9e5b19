import "server-only";
import type { Db } from "@/lib/server/db/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";

/**
 * A database that once ran locally can carry the demo accounts (published password) onto a real server.
 * Disables them and ends their sessions; returns how many were still active.
 */
export async function disableDemoAccounts(db: Db): Promise<number> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const active = await db.user.findMany({ where: { email: { in: emails }, disabled: false }, select: { id: true } });
  if (active.length === 0) return 0;
  const ids = active.map((u) => u.id);
  await db.$transaction([
    db.user.updateMany({ where: { id: { in: ids } }, data: { disabled: true } }),
    db.session.deleteMany({ where: { userId: { in: ids } } }),
  ]);
  return active.length;
}
