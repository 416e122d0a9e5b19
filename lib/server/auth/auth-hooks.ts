import "server-only";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { db } from "@/lib/server/db/client";
import { hitRateLimit } from "@/lib/server/rate-limit/hit-rate-limit";
import { releaseRateLimit } from "@/lib/server/rate-limit/release-rate-limit";
import { resetRateLimit } from "@/lib/server/rate-limit/reset-rate-limit";
import { SIGN_IN_FAILURE_LIMIT, signInFailureKey } from "@/lib/server/rate-limit/sign-in-limit";
import { waitMessage } from "@/lib/server/rate-limit/wait-message";
import { NAME_MAX, nameProblem } from "./name-problem";
import { passwordProblem } from "./password-policy";

// The same words Better Auth uses for a wrong password, so a disabled account is indistinguishable.
const INVALID_CREDENTIALS = { message: "Invalid email or password", code: "INVALID_EMAIL_OR_PASSWORD" };

function bodyOf(ctx: { body?: unknown }): Record<string, unknown> {
  return ctx.body && typeof ctx.body === "object" ? (ctx.body as Record<string, unknown>) : {};
}

function emailOf(body: Record<string, unknown>): string | null {
  return typeof body.email === "string" ? body.email.trim().toLowerCase() : null;
}

// Name rules: every Better Auth path that can set a user's name (sign-up, update-user) applies nameProblem, and
// refuses text that is not valid Unicode anywhere in the body (it would fail in the database as a 500).
function checkUserFields(ctx: { path: string }, body: Record<string, unknown>): void {
  if (ctx.path !== "/sign-up/email" && ctx.path !== "/update-user") return;
  if (Object.values(body).some((v) => typeof v === "string" && !v.isWellFormed())) {
    throw new APIError("UNPROCESSABLE_ENTITY", { message: "Use ordinary characters only.", code: "INVALID_TEXT" });
  }
  if (ctx.path === "/sign-up/email" || "name" in body) {
    const problem = nameProblem(body.name);
    if (problem) throw new APIError("BAD_REQUEST", { message: `Enter your name (up to ${NAME_MAX} characters).`, code: "INVALID_NAME" });
  }
  // The app shows no avatars; an image URL is still a stored string, so it gets a cap.
  if ("image" in body && body.image !== null && (typeof body.image !== "string" || body.image.length > 2048)) {
    throw new APIError("BAD_REQUEST", { message: "The image must be a URL of up to 2048 characters.", code: "INVALID_IMAGE" });
  }
}

/** Runs before every /api/auth/* endpoint (the HTTP handler and auth.api.* alike). */
export const beforeAuthHook = createAuthMiddleware(async (ctx) => {
  const body = bodyOf(ctx);
  checkUserFields(ctx, body);
  if (ctx.path === "/sign-up/email") {
    const email = emailOf(body);
    if (!email || email.length > 254) throw new APIError("BAD_REQUEST", { message: "Enter a valid email address.", code: "INVALID_EMAIL" });
    const problem = passwordProblem(body.password, { email, name: typeof body.name === "string" ? body.name.trim() : "" });
    if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "PASSWORD_POLICY" });
  }
  if (ctx.path === "/change-password") {
    const problem = passwordProblem(body.newPassword);
    if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "PASSWORD_POLICY" });
  }
  if (ctx.path === "/sign-in/email") {
    const email = emailOf(body);
    if (!email) return;
    // The attempt is reserved (one atomic increment) BEFORE the password is checked, so concurrent
    // attempts cannot all pass a check made before any of them was counted. Beyond the limit every
    // attempt is refused, the right password included; a success clears the window (after hook).
    const { count, resetAt } = await hitRateLimit(signInFailureKey(email), SIGN_IN_FAILURE_LIMIT.windowSec);
    if (count > SIGN_IN_FAILURE_LIMIT.points) {
      throw new APIError("TOO_MANY_REQUESTS", { message: waitMessage(resetAt), code: "TOO_MANY_ATTEMPTS" });
    }
    const user = await db.user.findUnique({ where: { email }, select: { disabled: true } });
    if (user?.disabled) throw new APIError("UNAUTHORIZED", INVALID_CREDENTIALS);
  }
});

/** The reservation made before the attempt stands for a wrong password; a success clears the window. */
export const afterAuthHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email") return;
  const email = emailOf(bodyOf(ctx));
  if (!email) return;
  const returned: unknown = ctx.context.returned;
  if (!isAPIError(returned)) {
    await resetRateLimit(signInFailureKey(email));
  } else if (returned.statusCode !== 401 && returned.statusCode !== 429) {
    // Refused for another reason (malformed request): no password was tried, so it does not count.
    await releaseRateLimit(signInFailureKey(email));
  }
});
