// npm run db:backup -- path/to/backup
// A consistent copy of the database while the app keeps serving:
//   SQLite: the online backup API (better-sqlite3), in one step under one read transaction (WAL lets
//   the app keep writing meanwhile), so the copy is one committed state.
//   PostgreSQL: pg_dump in its custom format (one transaction snapshot), restorable with pg_restore.
// Back up data/.auth-secret too unless BETTER_AUTH_SECRET is set: sessions are signed with it.
import "../load-env";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { databaseFilePath } from "@/lib/database-url";
import { configuredDatabase } from "./configured-database";

function fail(message: string): never {
  console.error(`db:backup: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) fail("give the backup file: npm run db:backup -- backups/briefdeck-2026-11-30.db");
  if (existsSync(target)) fail(`${target} exists; choose a new file name`);
  const { url, provider } = configuredDatabase("db:backup");
  const started = Date.now();
  if (provider === "sqlite") {
    const file = databaseFilePath(url)!;
    if (!existsSync(file)) fail(`DATABASE_URL: no database at ${file}`);
    const db = new Database(file, { fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    try {
      // All pages in one step, inside one read transaction: copied in small steps, a database that is
      // written all the time would make the backup start over for ever.
      await db.backup(target, { progress: () => 0x7fffffff });
    } finally {
      db.close();
    }
  } else {
    const result = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--file", target, "--dbname", url], { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
    if (result.error) fail(`pg_dump could not run (${result.error.message}); install the PostgreSQL client (apt-get install postgresql-client)`);
    if (result.status !== 0) fail(`pg_dump failed: ${result.stderr.trim().split("\n")[0]}`);
  }
  console.log(`db:backup: wrote ${target} (${provider}) in ${Date.now() - started} ms`);
}

void main();
