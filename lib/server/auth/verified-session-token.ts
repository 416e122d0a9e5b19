import "server-only";
import { parseCookies } from "better-auth/cookies";
import { constantTimeEqual, makeSignature } from "better-auth/crypto";
import { auth } from "./auth";

// Cookie values whose signature already checked out, so the HMAC (with its Web Crypto key import, the
// largest single cost of a signed-in no-op in the profile) runs once per session per process. A value's
// signature never changes under one secret; the session itself is still read on every request, so
// revocation stays immediate. Bounded, oldest first out.
const verified = new Map<string, string>();
const VERIFIED_MAX = 10_000;

/**
 * The session token from the request's Better Auth session cookie, or null when the cookie is missing or
 * its signature is wrong. Better Auth stays the owner of the format: the cookie's name and the secret come
 * from its own context, the signature from its own `makeSignature` (HMAC-SHA-256 over the token, the value
 * it writes as `<token>.<signature>`). tests/auth/session-check.test.ts signs in through Better Auth's
 * handler and checks this against the cookie it set, so an upgrade that changes the format fails there.
 */
export async function verifiedSessionToken(requestHeaders: Headers): Promise<string | null> {
  const header = requestHeaders.get("cookie");
  if (!header) return null;
  const context = await auth.$context;
  const value = parseCookies(header).get(context.authCookies.sessionToken.name);
  if (!value) return null;
  const known = verified.get(value);
  if (known) return known;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  const expected = await makeSignature(token, context.secret);
  if (!constantTimeEqual(signature, expected)) return null;
  if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
  verified.set(value, token);
  return token;
}
