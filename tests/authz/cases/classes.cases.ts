// Learner side of classes: join with a code, leave (owner: instructor/classes).
import { signedIn, type AuthzCase } from "../support/case-types";

export const cases: AuthzCase[] = [
  // A valid code lets any signed-in person join (that is what a join code is for); anonymous must sign in.
  { action: "app/join/actions.ts#joinClassAction", label: "class A's code", input: (w) => ({ code: w.ids.joinCodeA }), allow: signedIn },
  { action: "app/join/actions.ts#joinClassAction", label: "class B's code", input: (w) => ({ code: w.ids.joinCodeB }), allow: signedIn },
  { action: "app/classes/actions.ts#leaveClassAction", label: "class A", input: (w) => ({ classId: w.ids.classA }), allow: ["learnerA"] },
  { action: "app/classes/actions.ts#leaveClassAction", label: "class B", input: (w) => ({ classId: w.ids.classB }), allow: ["learnerB"] },
];
