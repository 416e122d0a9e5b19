// Study routes: save a review, undo, card state, next card, exports (owner: study / progress).
import { db } from "@/lib/server/db/client";
import { saveReview } from "@/lib/server/study/save-review";
import { nobody, signedIn, type AuthzCase } from "../support/case-types";
import type { World } from "../support/world";

/** Both learners answer the public deck's question, so each undo row has a real review (with snapshot) to undo. */
async function learnersReview(w: World): Promise<void> {
  for (const learner of ["learnerA", "learnerB"] as const) {
    await saveReview(w.viewers[learner]!, {
      questionId: w.ids.questionAPublic, rating: 3, idempotencyKey: `authz-undo-setup-${learner}`, expectedVersion: 0, durationMs: 2000,
    });
  }
}

async function latestLogId(w: World, learner: "learnerA" | "learnerB"): Promise<string> {
  const log = await db.reviewLog.findUniqueOrThrow({ where: { idempotencyKey: `authz-undo-setup-${learner}` }, select: { id: true } });
  return log.id;
}

/** The bench-only routes read their flag per request. */
function benchRoutes(value: "1" | undefined): () => Promise<void> {
  return async () => {
    if (value) process.env.BRIEFDECK_BENCH_ROUTES = value;
    else delete process.env.BRIEFDECK_BENCH_ROUTES;
  };
}

const review = (questionId: string, expectedVersion: number) => ({
  json: { questionId, rating: 3, idempotencyKey: "authz-review-1", expectedVersion, answer: null, durationMs: 2500 },
});

export const cases: AuthzCase[] = [
  // learnerA already has cardA (version 1) on questionAClass; everyone else would start a new card (version 0).
  { route: "app/api/reviews/route.ts#POST", label: "question in deckAClass", request: (w, actor) => review(w.ids.questionAClass, actor === "learnerA" ? 1 : 0), allow: ["learnerA", "instructorA"] },
  { route: "app/api/reviews/route.ts#POST", label: "question in deckBDraft", request: (w) => review(w.ids.questionBDraft, 0), allow: ["instructorB"] },
  { route: "app/api/reviews/route.ts#POST", label: "question in the public deck", request: (w) => review(w.ids.questionAPublic, 0), allow: signedIn },
  ...(["learnerA", "learnerB"] as const).map(
    (learner): AuthzCase => ({
      route: "app/api/reviews/undo/route.ts#POST",
      label: `${learner}'s latest review`,
      setup: learnersReview,
      request: async (w) => ({ json: { logId: await latestLogId(w, learner) } }),
      allow: [learner],
    }),
  ),
  { route: "app/api/study/card/route.ts#GET", label: "learnerA's card", request: (w) => ({ query: { questionId: w.ids.questionAClass } }), allow: ["learnerA"] },
  { route: "app/api/study/card/route.ts#GET", label: "learnerB's card", request: (w) => ({ query: { questionId: w.ids.questionBClass } }), allow: ["learnerB"] },
  { route: "app/api/study/next/route.ts#GET", label: "deckAClass", request: (w) => ({ query: { deckId: w.ids.deckAClass } }), allow: ["learnerA", "instructorA"] },
  { route: "app/api/study/next/route.ts#GET", label: "deckBDraft", request: (w) => ({ query: { deckId: w.ids.deckBDraft } }), allow: ["instructorB"] },
  { route: "app/api/bench/noop/route.ts#POST", label: "bench server (BRIEFDECK_BENCH_ROUTES=1)", setup: benchRoutes("1"), request: () => ({ json: {} }), allow: signedIn },
  { route: "app/api/bench/noop/route.ts#POST", label: "normal server: 404 for everyone", setup: benchRoutes(undefined), request: () => ({ json: {} }), allow: nobody },
  { route: "app/api/export/reviews.csv/route.ts#GET", label: "own reviews", request: () => ({}), allow: signedIn },
  { route: "app/api/export/reviews.json/route.ts#GET", label: "own study data", request: () => ({}), allow: signedIn },
];
