import { z } from "zod";
import { databaseProvider, resolveDatabaseUrl } from "./database-url";

// Every environment variable the app reads, validated once. Defaults mean no .env is needed to start.
// .env.example documents each one.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BETTER_AUTH_URL: z.string().url().optional(),
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  TRUSTED_ORIGINS: z.string().optional(),
  TRUSTED_PROXIES: z.string().optional(),
  SEED_DEMO_ACCOUNTS: z.enum(["true", "false"]).optional(),
  AUTH_RATE_LIMIT: z.enum(["on", "off"]).default("on"),
  INSTANCES: z.coerce.number().int().min(1).max(1000).default(1),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.string().optional(),
});

/** One line naming the variable, no stack: this is an operator's configuration, not a bug. */
function fail(message: string): never {
  if (!process.env.VITEST) {
    console.error(`[briefdeck] ${message}`);
    process.exit(1);
  }
  throw new Error(message);
}

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  fail(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
}

const raw = parsed.data;
const DATABASE_URL = resolveDatabaseUrl(raw.DATABASE_URL);
let DATABASE_PROVIDER: ReturnType<typeof databaseProvider>;
try {
  DATABASE_PROVIDER = databaseProvider(DATABASE_URL);
} catch (error) {
  fail((error as Error).message);
}
// Several instances must decrypt each other's server-action ids and closures: Next derives the key per
// build unless this is set, so a load balancer would send a form to an instance that cannot read it.
if (raw.INSTANCES > 1 && !raw.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
  fail("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: required when INSTANCES > 1 (every instance needs the same key; generate one with `openssl rand -base64 32`)");
}
if (raw.INSTANCES > 1 && DATABASE_PROVIDER === "sqlite") {
  fail("DATABASE_URL: INSTANCES > 1 needs PostgreSQL (postgresql://…); one SQLite file cannot be shared across hosts");
}

export const env = {
  ...raw,
  DATABASE_URL,
  DATABASE_PROVIDER,
  BASE_URL: raw.BETTER_AUTH_URL ?? `http://localhost:${raw.PORT}`,
  isProduction: raw.NODE_ENV === "production",
};
