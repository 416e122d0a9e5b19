import "server-only";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { ProposalClaims } from "./optimizer-types";
import { proposalSignature } from "./proposal-signature";

const claimsSchema = z.object({
  userId: z.string(),
  parameters: z.array(z.number()),
  against: z.array(z.number()).nullable(),
  proposedLogLoss: z.number(),
  currentLogLoss: z.number(),
  issuedAt: z.number(),
});

/** The claims of a token made by signOptimizerProposal, or null when it was not made here or was altered. */
export function readOptimizerProposal(token: string): ProposalClaims | null {
  const [body, signature, ...rest] = token.split(".");
  if (!body || !signature || rest.length > 0) return null;
  const expected = Buffer.from(proposalSignature(body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = claimsSchema.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
