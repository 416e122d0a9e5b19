import "server-only";
import { auth } from "@/lib/server/auth/auth";
import type { Db } from "@/lib/server/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

/** Creates the demo accounts through Better Auth (so passwords are hashed the same way as sign-up), then sets roles server-side. */
export async function seedDemoAccounts(db: Db): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (!existing) {
      await auth.api.signUpEmail({ body: { email: account.email, password: DEMO_PASSWORD, name: account.name } });
      created++;
    }
    await db.user.update({ where: { email: account.email }, data: { role: account.role } });
  }
  return created;
}
