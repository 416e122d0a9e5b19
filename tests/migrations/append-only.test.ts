import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { MIGRATED_SCHEMA, migrationNames, migrationSql, PROVIDERS, readChecksums, sha256 } from "@/scripts/db/migrations";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "@/scripts/db/postgres-schema";

// The release before append-only migrations: databases made by it have exactly this 0001_init.
const PREVIOUS_RELEASE = "696bf2c";

function gitShow(spec: string): string | null {
  try {
    return execFileSync("git", ["show", spec], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null;
  }
}

describe("migrations are append-only", () => {
  test.each(PROVIDERS)("every %s migration matches its recorded checksum, and every recorded one still exists", (provider) => {
    const recorded = readChecksums();
    const names = migrationNames(provider);
    expect(names[0]).toBe("0001_init");
    for (const name of names) {
      const sum = recorded.get(`${provider} ${name}`);
      expect(sum, `${provider} ${name} has no checksum: create migrations with npm run db:migration -- NAME`).toBeDefined();
      expect(sha256(migrationSql(provider, name)), `${provider} ${name}/migration.sql changed after it was recorded; add a new migration instead`).toBe(sum);
    }
    const gone = [...recorded.keys()].filter((k) => k.startsWith(`${provider} `) && !names.includes(k.split(" ")[1] ?? ""));
    expect(gone, "recorded migrations were deleted").toEqual([]);
  });

  test("both databases have the same migrations, in the same order", () => {
    expect(migrationNames("postgresql")).toEqual(migrationNames("sqlite"));
  });

  test("the SQLite baseline is byte-identical to the previous release's 0001_init", () => {
    const previous = gitShow(`${PREVIOUS_RELEASE}:prisma/migrations/0001_init/migration.sql`);
    if (previous === null) return; // not a git checkout (a source tarball): the checksum test above still holds
    expect(migrationSql("sqlite", "0001_init")).toBe(previous);
  });
});

describe("one source of truth for the model", () => {
  test("prisma/postgres/schema.prisma is generated from prisma/schema.prisma", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8"), "run npm run db:migration -- NAME after editing prisma/schema.prisma").toBe(
      postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")),
    );
  });

  test("prisma/schema.prisma has no edits that lack a migration", () => {
    const migrated = readFileSync(MIGRATED_SCHEMA, "utf8").replace(/^\/\/ prisma\/schema\.prisma as of.*\n/, "");
    expect(migrated, "prisma/schema.prisma changed since the last migration: run npm run db:migration -- NAME").toBe(readFileSync(SQLITE_SCHEMA, "utf8"));
  });
});
