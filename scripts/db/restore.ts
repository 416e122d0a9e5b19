// npm run db:restore -- path/to/backup
// Puts a backup made by db:backup back into the database DATABASE_URL names. Stop the app first
// (every instance): a restore replaces the data under it.
//   SQLite: the backup is copied in with the same online backup API, so the target's WAL stays consistent.
//   PostgreSQL: pg_restore --clean replaces every table of the backup in the target database
//   (created first if missing).
import "../load-env";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFilePath } from "@/lib/database-url";
import { configuredDatabase } from "./configured-database";
import { prepareDatabase } from "@/lib/server/db/prepare-database";

function fail(message: string): never {
  console.error(`db:restore: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const source = process.argv[2];
  if (!source || !existsSync(source)) fail("give an existing backup file: npm run db:restore -- backups/briefdeck-2026-11-30.db");
  const { url, provider } = configuredDatabase("db:restore");
  if (provider === "sqlite") {
    const file = databaseFilePath(url)!;
    mkdirSync(path.dirname(file), { recursive: true });
    const backup = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await backup.backup(file);
    } finally {
      backup.close();
    }
    const restored = new Database(file);
    restored.pragma("journal_mode = WAL");
    restored.close();
  } else {
    try {
      await prepareDatabase(url);
    } catch (error) {
      fail((error as Error).message);
    }
    const result = spawnSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", url, source], { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
    if (result.error) fail(`pg_restore could not run (${result.error.message}); install the PostgreSQL client (apt-get install postgresql-client)`);
    if (result.status !== 0) fail(`pg_restore failed: ${result.stderr.trim().split("\n")[0]}`);
  }
  console.log(`db:restore: restored ${source} into the ${provider} database; start the app (npm start) to apply any newer migrations.`);
}

void main();
