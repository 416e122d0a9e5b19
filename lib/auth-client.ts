import { createAuthClient } from "better-auth/react";

/**
 * Browser side of Better Auth: sign-in/up, password change and sign-out all go through the
 * /api/auth/* HTTP handler, so its origin check, rate limits and our hooks (password policy,
 * per-account limiter) always apply. Same origin, so no baseURL.
 */
export const authClient = createAuthClient();
