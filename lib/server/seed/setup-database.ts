import "server-only";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseFilePath, redactDatabaseUrl } from "@/lib/database-url";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/client";
import { prepareDatabase } from "@/lib/server/db/prepare-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { seedArticles } from "./seed-articles";
import { disableDemoAccounts } from "./disable-demo-accounts";
import { seedDemoAccounts } from "./seed-demo-accounts";
import { seedDemoHistory } from "./seed-demo-history";
import { shouldSeedDemoAccounts } from "./should-seed-demo-accounts";

/**
 * Migrate (prisma migrate deploy), tune SQLite, seed content and, where the app is plainly local, the demo
 * accounts; elsewhere any demo accounts already in the database are disabled. Safe to run on every start.
 */
export async function setupDatabase(options: { quiet?: boolean } = {}): Promise<{ createdDecks: number; demo: boolean }> {
  const log = options.quiet ? () => {} : (m: string) => console.log(m);
  const file = databaseFilePath(env.DATABASE_URL);
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  await prepareDatabase(env.DATABASE_URL);

  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
    stdio: options.quiet ? "ignore" : ["ignore", "ignore", "inherit"],
  });

  if (file) {
    // WAL persists in the file: readers never block the writer. Connection-level pragmas are set by the adapter.
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  }

  const { createdDecks } = await seedArticles(db);
  log(`[briefdeck] database ready at ${redactDatabaseUrl(env.DATABASE_URL)} (${createdDecks} deck(s) created)`);

  const demo = shouldSeedDemoAccounts();
  if (demo) {
    await seedDemoAccounts(db);
    const reviews = await seedDemoHistory(db);
    if (reviews > 0) log(`[briefdeck] gave the demo learner ${reviews} reviews of history`);
    log("[briefdeck] demo accounts (local use only), password: " + DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) log(`  ${a.role.padEnd(10)} ${a.email}`);
  } else {
    const disabled = await disableDemoAccounts(db);
    // Printed even when quiet: an operator must learn that accounts were switched off.
    if (disabled > 0) {
      console.log(`[briefdeck] disabled ${disabled} demo account(s): ${env.BASE_URL} is not a local development origin (SEED_DEMO_ACCOUNTS=true keeps them)`);
    }
  }
  return { createdDecks, demo };
}
