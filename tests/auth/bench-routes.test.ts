// The bench's reference routes exist only on a server started for the bench (BRIEFDECK_BENCH_ROUTES=1).
import { afterEach, describe, expect, it } from "vitest";
import { POST as bare } from "@/app/api/bench/bare/route";
import { POST as noop } from "@/app/api/bench/noop/route";

const jsonPost = () => new Request("http://localhost/api/bench/bare", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
const context = { params: Promise.resolve({}) };

afterEach(() => {
  delete process.env.BRIEFDECK_BENCH_ROUTES;
});

describe("bench-only routes", () => {
  it("answer 404 on a normal server, before reading any session", async () => {
    delete process.env.BRIEFDECK_BENCH_ROUTES;
    expect((await bare(jsonPost())).status).toBe(404);
    // Outside a Next request there are no headers(): reaching the session check would throw, not 404.
    expect((await noop(jsonPost(), context)).status).toBe(404);
    expect((await noop.runAs(null, jsonPost(), context)).status).toBe(404);
  });

  it("answer on a bench server: bare without a session, no-op only when signed in", async () => {
    process.env.BRIEFDECK_BENCH_ROUTES = "1";
    const ok = await bare(jsonPost());
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true });
    const malformed = await bare(new Request("http://localhost/api/bench/bare", { method: "POST", body: "{" }));
    expect(malformed.status).toBe(422);
    expect((await noop.runAs(null, jsonPost(), context)).status).toBe(401);
  });
});
