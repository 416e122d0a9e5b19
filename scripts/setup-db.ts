// npm install / npm run db:setup / npm run dev: migrate, seed, print demo accounts.
// .env is read exactly as `next start` reads it, before anything looks at DATABASE_URL.
import "./load-env";
import { existsSync, writeFileSync } from "node:fs";

/**
 * `DATABASE_URL=postgresql://… npm install && npm start`: the variable reaches only `npm install`,
 * so on first install (no .env yet) a PostgreSQL URL given that way is written to .env, where
 * `npm start` and `next start` find it.
 */
function rememberDatabaseUrl(): void {
  const url = process.env.DATABASE_URL;
  if (!process.argv.includes("--remember-url") || !url || !/^postgres(ql)?:\/\//.test(url) || existsSync(".env")) return;
  writeFileSync(".env", `# Written by npm install from the DATABASE_URL it was given; see .env.example for every variable.\nDATABASE_URL=${url}\n`, { mode: 0o600 });
  console.log("[briefdeck] saved DATABASE_URL in .env so npm start uses the same database");
}

async function main(): Promise<void> {
  rememberDatabaseUrl();
  const { setupDatabase } = await import("@/lib/server/seed/setup-database");
  await setupDatabase();
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`[briefdeck] database setup failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    process.exit(1);
  });
