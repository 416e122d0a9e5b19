import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseFilePath } from "@/lib/database-url";
import { env } from "@/lib/env";

/**
 * BETTER_AUTH_SECRET when set; otherwise a random secret kept beside the SQLite file,
 * so a fresh clone needs no .env and sessions survive restarts.
 */
export function resolveAuthSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const dbFile = databaseFilePath(env.DATABASE_URL);
  const dir = dbFile ? path.dirname(dbFile) : path.resolve("data");
  const file = path.join(dir, ".auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
