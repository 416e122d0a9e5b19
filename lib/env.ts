import { z } from "zod";
import { resolveDatabaseUrl } from "./database-url";

// Every environment variable the app reads, validated once. Defaults mean no .env is needed to start.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BETTER_AUTH_URL: z.string().url().optional(),
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  TRUSTED_ORIGINS: z.string().optional(),
  SEED_DEMO_ACCOUNTS: z.enum(["true", "false"]).optional(),
  AUTH_RATE_LIMIT: z.enum(["on", "off"]).default("on"),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new Error(`Invalid environment: ${issues}`);
}

const raw = parsed.data;

export const env = {
  ...raw,
  DATABASE_URL: resolveDatabaseUrl(raw.DATABASE_URL),
  BASE_URL: raw.BETTER_AUTH_URL ?? `http://localhost:${raw.PORT}`,
  isProduction: raw.NODE_ENV === "production",
};
