// Where each provider's migrations live, and the committed checksums that make them append-only.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Provider = "sqlite" | "postgresql";
export const PROVIDERS: readonly Provider[] = ["sqlite", "postgresql"];
export const MIGRATIONS_DIR: Record<Provider, string> = { sqlite: "prisma/migrations", postgresql: "prisma/postgres/migrations" };
/** prisma/schema.prisma as of the newest migration: what the next `db:migration` diffs against. */
export const MIGRATED_SCHEMA = "prisma/migrated-schema.prisma";
/** One line per applied migration: "<provider> <name> <sha256 of migration.sql>". Never edit a line; only append. */
export const CHECKSUMS = "prisma/migration-checksums.txt";

export function migrationNames(provider: Provider, root = process.cwd()): string[] {
  const dir = path.join(root, MIGRATIONS_DIR[provider]);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

export function migrationSql(provider: Provider, name: string, root = process.cwd()): string {
  return readFileSync(path.join(root, MIGRATIONS_DIR[provider], name, "migration.sql"), "utf8");
}

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

export function readChecksums(root = process.cwd()): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(path.join(root, CHECKSUMS), "utf8").split("\n")) {
    const [provider, name, sum] = line.trim().split(/\s+/);
    if (provider && name && sum && !provider.startsWith("#")) map.set(`${provider} ${name}`, sum);
  }
  return map;
}
