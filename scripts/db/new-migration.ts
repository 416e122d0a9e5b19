// npm run db:migration -- add_deck_language
// Appends one migration per provider (SQLite and PostgreSQL) for the edits made to prisma/schema.prisma
// since the last migration, regenerates the PostgreSQL schema variant and both clients, and records
// the new files' checksums. Applied migrations are never rewritten: databases made by earlier releases
// upgrade by applying what was appended (`npm run db:setup`). `prisma migrate diff` between two
// datamodels needs no database and no native engine, so this runs offline.
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHECKSUMS, MIGRATED_SCHEMA, MIGRATIONS_DIR, migrationNames, PROVIDERS, type Provider, sha256 } from "./migrations";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "./postgres-schema";
import { generateClients } from "./generate-clients";

function fail(message: string): never {
  console.error(`db:migration: ${message}`);
  process.exit(1);
}

function diff(from: string, to: string): string {
  return execFileSync("node_modules/.bin/prisma", ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

const isEmpty = (sql: string) => sql.replace(/--.*$/gm, "").trim() === "";

function main(): void {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9_]{0,60}$/.test(name)) fail("give the migration a snake_case name: npm run db:migration -- add_deck_language");
  const current = readFileSync(SQLITE_SCHEMA, "utf8");
  writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(current));

  const work = mkdtempSync(path.join(tmpdir(), "briefdeck-migration-"));
  try {
    const previous = { sqlite: path.join(work, "sqlite.prisma"), postgresql: path.join(work, "postgresql.prisma") };
    const migrated = readFileSync(MIGRATED_SCHEMA, "utf8");
    writeFileSync(previous.sqlite, migrated);
    writeFileSync(previous.postgresql, postgresSchemaFrom(migrated));
    const target: Record<Provider, string> = { sqlite: SQLITE_SCHEMA, postgresql: POSTGRES_SCHEMA };
    const sql = Object.fromEntries(PROVIDERS.map((p) => [p, diff(previous[p], target[p])])) as Record<Provider, string>;
    if (PROVIDERS.every((p) => isEmpty(sql[p]))) {
      console.log("db:migration: prisma/schema.prisma has no changes since the last migration; nothing written.");
      generateClients();
      return;
    }
    // A UTC timestamp orders migrations made on different branches without renumbering either.
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dirName = `${stamp}_${name}`;
    for (const p of PROVIDERS) {
      if (migrationNames(p).some((n) => n.endsWith(`_${name}`))) fail(`a ${p} migration named ${name} already exists`);
      const dir = path.join(MIGRATIONS_DIR[p], dirName);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "migration.sql"), sql[p]);
      appendFileSync(CHECKSUMS, `${p} ${dirName} ${sha256(sql[p])}\n`);
      console.log(`Wrote ${dir}/migration.sql`);
    }
    writeFileSync(MIGRATED_SCHEMA, current);
    generateClients();
    console.log(`Recorded checksums in ${CHECKSUMS}. Review both SQL files (data moves, defaults for new NOT NULL columns), then commit them; npm run db:setup applies them.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
