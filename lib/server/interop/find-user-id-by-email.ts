import "server-only";
import { db } from "@/lib/server/db/client";

/** For admin scripts: the id of the active account with this email (emails are stored lower-case), or null. */
export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await db.user.findFirst({ where: { email: email.trim().toLowerCase(), disabled: false }, select: { id: true } });
  return user?.id ?? null;
}
