// Child-process entry for demo-seeding.test.ts: runs the real setupDatabase under the given environment
// (env is read at import time, hence a separate process), then tries a demo sign-in through Better Auth's
// own HTTP handler, the code behind POST /api/auth/sign-in/email.
import { env } from "@/lib/env";
import { auth } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/server/seed/demo-accounts";
import { setupDatabase } from "@/lib/server/seed/setup-database";
import { shouldSeedDemoAccounts } from "@/lib/server/seed/should-seed-demo-accounts";
import { hasDemoAccounts } from "@/lib/server/users/has-demo-accounts";

async function main(): Promise<void> {
  const result = await setupDatabase({ quiet: true });
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const demo = await db.user.count({ where: { email: { in: emails }, disabled: false } });
  const response = await auth.handler(
    new Request(`${env.BASE_URL}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: env.BASE_URL },
      body: JSON.stringify({ email: DEMO_ACCOUNTS[0].email, password: DEMO_PASSWORD }),
    }),
  );
  console.log(
    JSON.stringify({ should: shouldSeedDemoAccounts(), demo, seeded: result.demo, signIn: response.status, shown: await hasDemoAccounts() }),
  );
  process.exit(0);
}

void main();
