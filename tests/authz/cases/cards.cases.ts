// Suspend / bury / unsuspend / unbury (POST /api/cards/flag) and the leech setting (owner: study).
// Every command acts on the CALLER's own card of a question: nobody can suspend, bury or bring back another
// learner's card, and a question the caller may not study is "not found" (no card is made for it).
import { setCardFlag } from "@/lib/server/study/set-card-flag";
import { signedIn, type AuthzCase } from "../support/case-types";
import type { World } from "../support/world";

const flag = (questionId: string, command: string, expectedVersion: number) => ({ json: { questionId, command, expectedVersion } });

/** learnerA's cardA / learnerB's cardB (version 1 in the world) suspended or buried by their owner, at version 2. */
function hiddenBy(learner: "learnerA" | "learnerB", command: "suspend" | "bury"): (w: World) => Promise<void> {
  return async (w) => {
    const questionId = learner === "learnerA" ? w.ids.questionAClass : w.ids.questionBClass;
    await setCardFlag(w.viewers[learner]!, { questionId, command, expectedVersion: 1 });
  };
}

export const cases: AuthzCase[] = [
  // Suspending a class-deck question: learnerA has cardA (version 1); instructorA owns the deck (a new card of their own).
  { route: "app/api/cards/flag/route.ts#POST", label: "suspend a question of deckAClass", request: (w, actor) => flag(w.ids.questionAClass, "suspend", actor === "learnerA" ? 1 : 0), allow: ["learnerA", "instructorA"] },
  { route: "app/api/cards/flag/route.ts#POST", label: "bury a question of deckBClass", request: (w, actor) => flag(w.ids.questionBClass, "bury", actor === "learnerB" ? 1 : 0), allow: ["learnerB", "instructorB"] },
  { route: "app/api/cards/flag/route.ts#POST", label: "bury a question of instructorB's draft deck", request: (w) => flag(w.ids.questionBDraft, "bury", 0), allow: ["instructorB"] },
  // The public deck: everyone signed in studies it, so each makes (and suspends) their own card.
  { route: "app/api/cards/flag/route.ts#POST", label: "suspend a question of the public deck", request: (w) => flag(w.ids.questionAPublic, "suspend", 0), allow: signedIn },
  // Bringing back a suspended / buried card: only its owner has that card; for anyone else it is "not found".
  { route: "app/api/cards/flag/route.ts#POST", label: "unsuspend learnerA's suspended card", setup: hiddenBy("learnerA", "suspend"), request: (w) => flag(w.ids.questionAClass, "unsuspend", 2), allow: ["learnerA"] },
  { route: "app/api/cards/flag/route.ts#POST", label: "unbury learnerB's buried card", setup: hiddenBy("learnerB", "bury"), request: (w) => flag(w.ids.questionBClass, "unbury", 2), allow: ["learnerB"] },
  { action: "app/account/actions.ts#updateLeechActionAction", label: "own leech setting", input: () => ({ leechAction: "tag" }), allow: signedIn },
];
