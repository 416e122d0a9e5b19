// FSRS optimiser (owner: optimizer). The actions take no user: each signed-in actor optimises, applies and resets
// their own schedule only (their row is the one changed: see tests/optimizer/optimizer.test.ts); anonymous is refused.
import { default_w } from "ts-fsrs";
import { signOptimizerProposal } from "@/lib/server/optimizer/sign-optimizer-proposal";
import { signedIn, type AuthzCase } from "../support/case-types";

export const cases: AuthzCase[] = [
  // The world's learners have one review each: the answer is "too few reviews", without running the optimiser.
  { action: "app/account/actions.ts#optimizeScheduleAction", label: "own schedule", input: () => ({}), allow: signedIn },
  // Apply takes a proposal signed for the caller (as optimizeSchedule makes one) that scored better than the defaults.
  {
    action: "app/account/actions.ts#applyFsrsParametersAction",
    label: "own parameters",
    input: (w, actor) => ({
      parameters: [...default_w],
      proposal: signOptimizerProposal({ userId: w.viewers[actor]?.id ?? "anonymous", parameters: [...default_w], against: null, proposedLogLoss: 0.3, currentLogLoss: 0.4, issuedAt: Date.now() }),
    }),
    allow: signedIn,
  },
  { action: "app/account/actions.ts#resetFsrsParametersAction", label: "own parameters back to defaults", input: () => ({}), allow: signedIn },
];
