import "server-only";
import type { Role } from "@/lib/server/auth/viewer";
import { auth } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db/client";
import { toUserSummary, userSummarySelect, type UserSummary } from "./user-summary";

/**
 * Command-line account creation (scripts/user-create.ts): goes through Better Auth's sign-up so the
 * password policy and hashing are the same as the web form, then sets the role server-side.
 */
export async function createUser(input: { email: string; name: string; password: string; role: Role }): Promise<UserSummary> {
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email } })) throw new Error(`An account with email ${email} already exists.`);
  await auth.api.signUpEmail({ body: { email, name: input.name, password: input.password } });
  const row = await db.user.update({ where: { email }, data: { role: input.role }, select: userSummarySelect });
  // The sign-up call signed the new account in; a CLI has no use for that session.
  await db.session.deleteMany({ where: { userId: row.id } });
  return toUserSummary(row);
}
