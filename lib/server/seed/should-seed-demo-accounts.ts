import "server-only";
import { env } from "@/lib/env";
import { isLocalOrigin } from "./is-local-origin";

/**
 * Demo accounts share a published password, so they exist only where the app is plainly local: the origin
 * people reach (BETTER_AUTH_URL, else http://localhost:PORT) is this machine and NODE_ENV is not production.
 * SEED_DEMO_ACCOUNTS=true|false overrides the guess either way.
 */
export function shouldSeedDemoAccounts(
  settings: { baseUrl: string; nodeEnv: string; override?: "true" | "false" } = {
    baseUrl: env.BASE_URL,
    nodeEnv: env.NODE_ENV,
    override: env.SEED_DEMO_ACCOUNTS,
  },
): boolean {
  if (settings.override) return settings.override === "true";
  return settings.nodeEnv !== "production" && isLocalOrigin(settings.baseUrl);
}
