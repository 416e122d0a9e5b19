import "server-only";
import { db } from "@/lib/server/db/client";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";

/** True when the seeded demo instructor exists (local/dev databases only), for the sign-in hint. */
export async function hasDemoAccounts(): Promise<boolean> {
  const email = DEMO_ACCOUNTS[0].email;
  return (await db.user.count({ where: { email, disabled: false } })) > 0;
}
