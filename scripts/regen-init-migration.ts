// Until the first release, the schema lives in one init migration: regenerate it after editing schema.prisma.
// (prisma migrate dev cannot run offline here; migrate diff can.)
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const sql = execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
mkdirSync("prisma/migrations/0001_init", { recursive: true });
writeFileSync("prisma/migrations/0001_init/migration.sql", sql);
execFileSync("npx", ["prisma", "generate"], { stdio: "inherit" });
console.log("Wrote prisma/migrations/0001_init/migration.sql; delete data/*.db to re-create local databases.");
