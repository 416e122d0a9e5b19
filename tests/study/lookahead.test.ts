import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postReview } from "@/app/api/reviews/route";
import { GET as getNext } from "@/app/api/study/next/route";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getStudySession } from "@/lib/server/study/get-study-session";
import { STUDY_LOOKAHEAD } from "@/lib/server/study/load-next-card";
import type { NextCardPayload, ReviewResponse } from "@/lib/server/study/study-types";
import { createDeck, createStudyWorld, createViewer, flashcards, postJson, type StudyWorld } from "./fixtures";

let owner: Viewer;
let learner: Viewer;
let deck: StudyWorld["deck"];

beforeAll(async () => {
  ({ owner, learner, deck } = await createStudyWorld(flashcards(12)));
});

async function next(after?: string, viewer: Viewer = learner): Promise<{ status: number; body: NextCardPayload }> {
  const query = new URLSearchParams({ deckId: deck.deckId, ...(after ? { after } : {}) });
  const res = await getNext.runAs(viewer, new Request(`http://localhost/api/study/next?${query}`));
  return { status: res.status, body: (await res.json()) as NextCardPayload };
}

describe("study lookahead (GET /api/study/next)", () => {
  it("brings the current card and the next four, distinct, in the order the server would show them", async () => {
    const first = await next();
    expect(first.status).toBe(200);
    const shown = [first.body.card, ...first.body.upcoming];
    expect(first.body.upcoming).toHaveLength(STUDY_LOOKAHEAD);
    expect(new Set(shown.map((c) => c?.questionId)).size).toBe(STUDY_LOOKAHEAD + 1);
    expect(shown.map((c) => c?.questionId)).toEqual(deck.questionIds.slice(0, STUDY_LOOKAHEAD + 1));
    expect(first.body.upcoming.every((c) => c.version === 0 && c.intervals.good !== "")).toBe(true);

    // Answering them one by one (next: false) leaves the server's queue where the client's is.
    for (const card of shown) {
      const res = await postReview.runAs(
        learner,
        postJson({ questionId: card?.questionId, rating: 3, idempotencyKey: randomUUID(), expectedVersion: card?.version, durationMs: 900, next: false }),
      );
      expect(res.status).toBe(200);
      expect(Object.keys((await res.json()) as ReviewResponse)).toEqual(["review"]);
    }
    const current = (await next(shown.at(-1)?.questionId)).body;
    // New cards answered Good wait 10 minutes (learning); the next new question comes first.
    expect(current.card?.questionId).toBe(deck.questionIds[STUDY_LOOKAHEAD + 1]);
    expect(current.counts.learning).toBe(STUDY_LOOKAHEAD + 1);
  });

  it("keeps the question just answered off the front, and refuses a deck the viewer cannot see", async () => {
    const stranger = await createViewer({ role: "instructor" });
    const hidden = await createDeck(stranger.id, flashcards(2), { visibility: "private", status: "draft" });
    const head = (await next()).body.card?.questionId as string;
    const after = await next(head);
    expect(after.body.card?.questionId).not.toBe(head);
    const res = await getNext.runAs(learner, new Request(`http://localhost/api/study/next?deckId=${hidden.deckId}`));
    expect(res.status).toBe(404);
  });

  it("?focus= starts with that question of the deck, due or not; another deck's question is ignored", async () => {
    const viewer = await createViewer();
    const [q0, q1] = [deck.questionIds[0] as string, deck.questionIds[1] as string];
    // q1 answered Easy: days away, not in today's queue.
    await postReview.runAs(viewer, postJson({ questionId: q1, rating: 4, idempotencyKey: randomUUID(), expectedVersion: 0, durationMs: 900, next: false }));
    const plain = await getStudySession(viewer, deck.deckId);
    expect([plain.card, ...plain.upcoming].map((c) => c?.questionId)).not.toContain(q1);

    const focused = await getStudySession(viewer, deck.deckId, { focusQuestionId: q1 });
    expect(focused.card).toMatchObject({ questionId: q1, queueKind: "review", version: 1 });
    expect(focused.upcoming[0]?.questionId).toBe(q0);
    // Answering it early is an ordinary accepted review.
    const early = await postReview.runAs(viewer, postJson({ questionId: q1, rating: 3, idempotencyKey: randomUUID(), expectedVersion: 1, durationMs: 900, next: false }));
    expect(early.status).toBe(200);

    const other = await createDeck(owner.id, flashcards(1));
    const ignored = await getStudySession(viewer, deck.deckId, { focusQuestionId: other.questionIds[0] as string });
    expect(ignored.card?.questionId).toBe(plain.card?.questionId);
  });
});
