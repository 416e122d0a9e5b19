import "server-only";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/client";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { isLocalOrigin } from "@/lib/server/seed/is-local-origin";

/**
 * True when the demo accounts are active, so the sign-in page may print their password. The origin check is a
 * second fence: `next start` always runs as production, so it cannot repeat the NODE_ENV half of the start-up
 * rule, but a public origin never shows the password even if someone re-enabled a demo account by hand.
 */
export async function hasDemoAccounts(): Promise<boolean> {
  if (env.SEED_DEMO_ACCOUNTS === "false") return false;
  if (env.SEED_DEMO_ACCOUNTS !== "true" && !isLocalOrigin(env.BASE_URL)) return false;
  const email = DEMO_ACCOUNTS[0].email;
  return (await db.user.count({ where: { email, disabled: false } })) > 0;
}
