import "server-only";
import type { ProposalClaims } from "./optimizer-types";
import { proposalSignature } from "./proposal-signature";

/** An opaque token for a proposal: its claims (base64url JSON) and their signature; readOptimizerProposal undoes it. */
export function signOptimizerProposal(claims: ProposalClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${body}.${proposalSignature(body)}`;
}
