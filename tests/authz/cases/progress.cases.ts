// Learner progress exports (owner: progress). Every signed-in actor gets their own data; anonymous is refused.
import { signedIn, type AuthzCase } from "../support/case-types";

export const cases: AuthzCase[] = [
  { route: "app/api/export/reviews.csv/route.ts#GET", label: "own reviews as optimizer CSV", request: () => ({}), allow: signedIn },
  { route: "app/api/export/reviews.json/route.ts#GET", label: "own study data as JSON", request: () => ({}), allow: signedIn },
];
