import "server-only";

/**
 * Per-account brute-force limit: 10 password attempts per email per 15 minutes without a success,
 * then every attempt (even with the right password) is refused until the window ends. Each attempt
 * is reserved before its password is checked (auth-hooks.ts), so concurrent attempts count too.
 * Keyed by email, not IP, so many people signing in from one address (a classroom) never trip it.
 */
export const SIGN_IN_FAILURE_LIMIT = { points: 10, windowSec: 15 * 60 } as const;

export function signInFailureKey(email: string): string {
  return `sign-in-fail:${email.trim().toLowerCase()}`;
}
