// Child-process entry for demo-seeding.test.ts: runs the real setupDatabase under the given NODE_ENV
// (env is read at import time, hence a separate process) and prints how many demo accounts exist.
import { db } from "@/lib/server/db/client";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { setupDatabase, shouldSeedDemoAccounts } from "@/lib/server/seed/setup-database";

async function main(): Promise<void> {
  const result = await setupDatabase({ quiet: true });
  const demo = await db.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
  console.log(JSON.stringify({ should: shouldSeedDemoAccounts(), demo, seeded: result.demo }));
  process.exit(0);
}

void main();
