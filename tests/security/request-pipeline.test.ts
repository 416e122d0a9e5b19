// Issue 18 "one request wrapper core" and issue 17 items 7, 10 (lone surrogates) and 11, through the real
// route handlers and actions: one failure shape, the viewer loaded inside the error mapping, body caps, Origin.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postReview } from "@/app/api/reviews/route";
import { POST as postUndo } from "@/app/api/reviews/undo/route";
import { GET as getMe } from "@/app/api/me/route";
import { answerQuizAction, startQuizAction } from "@/app/decks/[deckId]/quiz/actions";
import { updateProfileAction } from "@/app/account/actions";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { createStudyWorld, flashcards, type StudyWorld } from "../study/fixtures";

let learner: Viewer;
let deck: StudyWorld["deck"];

beforeAll(async () => {
  ({ learner, deck } = await createStudyWorld([...flashcards(4), ...Array.from({ length: 6 }, (_, i) => ({ kind: "typed", prompt: `Typed ${i}?`, answer: `Typed answer ${i}` }))]));
});

const reviewBody = (extra: Record<string, unknown> = {}) => ({
  questionId: deck.questionIds[0],
  rating: 3,
  idempotencyKey: randomUUID(),
  expectedVersion: 0,
  durationMs: 1200,
  ...extra,
});

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost:3700/api/reviews", {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost:3700", ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** A body that is produced only as it is read, so the test sees how much the server pulled. */
function lazyBody(totalBytes: number, prefix = '{"padding":"'): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) {
        const head = new TextEncoder().encode(prefix);
        sent += head.byteLength;
        controller.enqueue(head);
        return;
      }
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

const logCount = () => db.reviewLog.count({ where: { userId: learner.id } });

describe("one failure shape for routes and actions", () => {
  it("a route's refusal body is the action's failure object", async () => {
    const route = await postReview.runAs(learner, post(JSON.stringify(reviewBody({ rating: 9 }))));
    const action = await answerQuizAction.runAs(learner, { attemptId: "", questionId: "", answer: "", idempotencyKey: "", durationMs: -1 });
    expect(route.status).toBe(422);
    const body = (await route.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: false, status: 422, error: expect.any(String), fieldErrors: { rating: expect.any(Array) } });
    expect(action).toMatchObject({ ok: false, status: 422, error: body.error });
    expect(Object.keys(body).sort()).toEqual(Object.keys(action).sort());
  });

  it("an anonymous caller gets the same 401 object from a route and an action", async () => {
    const route = await postReview.runAs(null, post(JSON.stringify(reviewBody())));
    const action = await updateProfileAction.runAs(null, { name: "x" });
    expect(await route.json()).toEqual(action);
    expect(route.status).toBe(401);
  });

  it("a failing session read becomes a mapped 500, not a thrown error (the viewer loads inside the try)", async () => {
    // Outside a Next request getViewer() throws (no request headers), standing in for a database failure.
    const res = await getMe(new Request("http://localhost/api/me"), { params: Promise.resolve({}) });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ ok: false, status: 500, error: expect.stringMatching(/Nothing was changed/) });
  });
});

describe("route body cap (413 before the body is read whole)", () => {
  it("refuses a 10 MB review body with a declared length, reading none of it", async () => {
    const { stream, pulled } = lazyBody(10 * 1024 * 1024);
    const before = await logCount();
    const res = await postReview.runAs(learner, post(stream, { "content-length": String(10 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, status: 413 });
    expect(pulled()).toBeLessThan(64 * 1024);
    expect(await logCount()).toBe(before);
  });

  it("refuses a 50 MB chunked body after reading little more than the 16 KB cap", async () => {
    const { stream, pulled } = lazyBody(50 * 1024 * 1024);
    const res = await postReview.runAs(learner, post(stream));
    expect(res.status).toBe(413);
    expect(pulled()).toBeLessThan(256 * 1024);
  });

  it("a valid review padded past 16 KB is refused and saves nothing; the same review unpadded is saved", async () => {
    const before = await logCount();
    const padded = await postReview.runAs(learner, post(JSON.stringify(reviewBody({ padding: "x".repeat(20 * 1024) }))));
    expect(padded.status).toBe(413);
    expect(await logCount()).toBe(before);
    const plain = await postReview.runAs(learner, post(JSON.stringify(reviewBody())));
    expect(plain.status).toBe(200);
    expect(await logCount()).toBe(before + 1);
  });

  it("undo has its own small cap, and every other JSON route the default", async () => {
    const res = await postUndo.runAs(learner, post(JSON.stringify({ logId: "x", padding: "y".repeat(8 * 1024) })));
    expect(res.status).toBe(413);
  });

  it("refuses a body that is not UTF-8 or not a JSON object with 422", async () => {
    expect((await postReview.runAs(learner, post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).status).toBe(422);
    expect((await postReview.runAs(learner, post("[1,2,3]"))).status).toBe(422);
    expect((await postReview.runAs(learner, post('"text"'))).status).toBe(422);
  });
});

describe("Origin check on state-changing routes", () => {
  it("refuses a same-site page on another port (cross-origin) with 403 and saves nothing", async () => {
    const before = await logCount();
    const res = await postReview.runAs(learner, post(JSON.stringify(reviewBody()), { origin: "http://localhost:3701" }));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ ok: false, status: 403 });
    for (const origin of ["https://evil.example", "null", "http://localhost.evil.example:3700"]) {
      expect((await postReview.runAs(learner, post(JSON.stringify(reviewBody()), { origin }))).status).toBe(403);
    }
    expect(await logCount()).toBe(before);
  });

  it("refuses a browser request without Origin that says it is cross-site", async () => {
    const res = await postReview.runAs(learner, post(JSON.stringify(reviewBody()), { "sec-fetch-site": "cross-site" }));
    expect(res.status).toBe(403);
  });

  it("accepts the app's own origin, and non-browser clients that send no Origin", async () => {
    const own = await postReview.runAs(learner, post(JSON.stringify(reviewBody({ questionId: deck.questionIds[1] })), { origin: "http://localhost:3700" }));
    expect(own.status).toBe(200);
    const script = await postReview.runAs(learner, post(JSON.stringify(reviewBody({ questionId: deck.questionIds[2] }))));
    expect(script.status).toBe(200);
  });

  it("leaves reads alone: a GET with a foreign Origin is not refused by the check", async () => {
    const res = await getMe.runAs(learner, new Request("http://localhost:3700/api/me", { headers: { origin: "https://evil.example" } }));
    expect(res.status).toBe(200);
  });
});

describe("lone surrogates are refused with 422, never a 500", () => {
  it("in a study answer", async () => {
    const before = await logCount();
    const res = await postReview.runAs(learner, post(JSON.stringify(reviewBody({ questionId: deck.questionIds[4], answer: "bad \ud800 text" }))));
    expect(res.status).toBe(422);
    expect(await logCount()).toBe(before);
  });

  it("in a quiz answer", async () => {
    const started = await startQuizAction.runAs(learner, { deckId: deck.deckId, count: 5, timed: false, countAsReview: true });
    if (!started.ok) throw new Error(started.error);
    const q = started.data.questions[0]!;
    const res = await answerQuizAction.runAs(learner, { attemptId: started.data.attemptId, questionId: q.id, answer: "\ud800", idempotencyKey: randomUUID(), durationMs: 1000 });
    expect(res).toMatchObject({ ok: false, status: 422 });
  });

  it("in a profile name", async () => {
    const res = await updateProfileAction.runAs(learner, { name: "Ann \udfff" });
    expect(res).toMatchObject({ ok: false, status: 422 });
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).name).toBe(learner.name);
  });
});
