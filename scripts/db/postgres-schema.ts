// prisma/schema.prisma is the one source of truth for the model. Prisma fixes the provider per
// schema file, so the PostgreSQL variant is derived from it mechanically (provider and client
// output differ, nothing else) and never edited by hand.
export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:migration`; do not edit.\n";

export function postgresSchemaFrom(sqliteSchema: string): string {
  const swapped = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/server\/db\/generated"/, 'output       = "../../lib/server/db/generated-pg"');
  if (!swapped.includes('"postgresql"') || !swapped.includes("generated-pg")) {
    throw new Error("prisma/schema.prisma no longer has the sqlite datasource or the generated client output this script rewrites");
  }
  return HEADER + swapped;
}
