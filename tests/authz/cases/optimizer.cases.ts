// FSRS optimiser (owner: optimizer). The actions take no user: each signed-in actor optimises, applies and resets
// their own schedule only (their row is the one changed: see tests/optimizer/optimizer.test.ts); anonymous is refused.
import { default_w } from "ts-fsrs";
import { signedIn, type AuthzCase } from "../support/case-types";

export const cases: AuthzCase[] = [
  // The world's learners have one review each: the answer is "too few reviews", without running the optimiser.
  { action: "app/account/actions.ts#optimizeScheduleAction", label: "own schedule", input: () => ({}), allow: signedIn },
  { action: "app/account/actions.ts#applyFsrsParametersAction", label: "own parameters", input: () => ({ parameters: [...default_w] }), allow: signedIn },
  { action: "app/account/actions.ts#resetFsrsParametersAction", label: "own parameters back to defaults", input: () => ({}), allow: signedIn },
];
