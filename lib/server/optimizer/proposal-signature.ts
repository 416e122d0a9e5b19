import "server-only";
import { createHmac } from "node:crypto";
import { resolveAuthSecret } from "@/lib/server/auth/auth-secret";

/**
 * HMAC of a proposal's encoded claims. The proposal makes a round trip through the browser between "optimise" and
 * "apply"; signing it lets apply trust the scores it was shown with (and so refuse one that is not better) without
 * re-running the optimiser or storing proposals. The key is derived from the auth secret for this one purpose.
 */
export function proposalSignature(body: string): string {
  return createHmac("sha256", `briefdeck-optimizer-proposal\u0000${resolveAuthSecret()}`).update(body).digest("base64url");
}
