import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/client";
import { resolveAuthSecret } from "./auth-secret";

export const auth = betterAuth({
  appName: "Briefdeck",
  baseURL: env.BASE_URL,
  secret: resolveAuthSecret(),
  trustedOrigins: env.TRUSTED_ORIGINS ? env.TRUSTED_ORIGINS.split(",").map((o) => o.trim()) : undefined,
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 8,
    maxPasswordLength: 128,
    autoSignIn: true,
  },
  user: {
    additionalFields: {
      // input: false — a sign-up request can never choose its own role.
      role: { type: "string", required: false, defaultValue: "learner", input: false },
    },
  },
  session: {
    // Every request reads the session row, so sign-out and disabling take effect at once.
    cookieCache: { enabled: false },
  },
  rateLimit: {
    enabled: env.AUTH_RATE_LIMIT === "on",
    storage: "database",
    modelName: "rateLimit",
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": { window: 60, max: 10 },
      "/sign-up/email": { window: 60, max: 10 },
      "/change-password": { window: 60, max: 10 },
    },
  },
  advanced: {
    useSecureCookies: env.BASE_URL.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  plugins: [nextCookies()],
});
