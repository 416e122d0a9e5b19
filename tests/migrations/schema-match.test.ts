import { execFileSync } from "node:child_process";
import { expect, test } from "vitest";
import { catalogOf } from "./support/catalog";
import { emptyDatabase, runScript } from "./support/scratch-database";
import { testProvider } from "@/tests/support/test-database";

// Each test file's database was made by `prisma migrate deploy` of every migration (global-setup.ts).
// Building one straight from the schema must give the same tables, columns, indexes and keys: a
// migration someone forgot, or edited by hand into something else, fails here.
test(`applying every ${testProvider} migration gives exactly the schema`, async () => {
  const schema = testProvider === "postgresql" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma";
  const sql = execFileSync("node_modules/.bin/prisma", ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const fromSchema = await emptyDatabase();
  await runScript(fromSchema, sql);
  const migrated = await catalogOf(process.env.DATABASE_URL ?? "");
  expect(migrated.length).toBeGreaterThan(50);
  expect(migrated).toEqual(await catalogOf(fromSchema));
});
