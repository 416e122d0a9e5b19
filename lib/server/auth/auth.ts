import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/client";
import { afterAuthHook, beforeAuthHook } from "./auth-hooks";
import { resolveAuthSecret } from "./auth-secret";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";

export const auth = betterAuth({
  appName: "Briefdeck",
  baseURL: env.BASE_URL,
  secret: resolveAuthSecret(),
  trustedOrigins: env.TRUSTED_ORIGINS ? env.TRUSTED_ORIGINS.split(",").map((o) => o.trim()) : undefined,
  database: prismaAdapter(db, { provider: env.DATABASE_PROVIDER }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: PASSWORD_MAX,
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
    max: 300,
    // Per IP. Generous on purpose: a classroom (or the e2e suite) shares one address. Brute force on one
    // account is stopped by the per-email limiter in auth-hooks.ts (10 failures / 15 min).
    customRules: {
      "/sign-in/email": { window: 60, max: 60 },
      "/sign-up/email": { window: 60, max: 60 },
      "/change-password": { window: 60, max: 20 },
    },
  },
  // Password policy (common-password list, lengths) and the per-account sign-in limiter.
  hooks: { before: beforeAuthHook, after: afterAuthHook },
  advanced: {
    // scripts/client-address.mjs (preloaded by npm start) rebuilds X-Forwarded-For from the socket, so
    // the per-IP limits above see the real peer. Without it the header is the client's own words:
    // then no header is believed and every client shares one bucket, rather than each escaping.
    ipAddress: {
      ipAddressHeaders: process.env.BRIEFDECK_CLIENT_ADDRESS === "socket" ? ["x-forwarded-for"] : ["x-briefdeck-untrusted-no-preload"],
      trustedProxies: env.TRUSTED_PROXIES ? env.TRUSTED_PROXIES.split(",").map((p) => p.trim()).filter(Boolean) : undefined,
    },
    useSecureCookies: env.BASE_URL.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  plugins: [nextCookies()],
});
