// Raw-body fuzzing of every JSON route handler (the authz fuzz suite sends only well-formed JSON): broken JSON,
// non-objects, invalid UTF-8, lone surrogates, oversized bodies and foreign origins. Never a 500; a refused call
// changes no row.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { DefinedRoute } from "@/lib/server/route";
import { ACTORS, buildWorld, type World } from "../authz/support/world";
import { databaseChecksum } from "../authz/support/snapshot";
import { importModule } from "../authz/support/discover";
import { splitRef } from "../authz/support/invoke";
import { loadCases } from "../authz/support/load-cases";

vi.mock("next/cache", async () => (await import("../authz/support/next-cache-stub")).nextCacheStub());

const { routeCases } = await loadCases();
const jsonRefs = [...new Set(routeCases.filter((c) => c.route.endsWith("#POST")).map((c) => c.route))];

const enc = new TextEncoder();
const rawBody = fc.oneof(
  fc.string({ maxLength: 60 }).map((s) => enc.encode(s)),
  fc.constantFrom("", "{", "null", "[]", "42", '"x"', '{"a":', '{"answer":"\\ud800"}', '{"\\udfff":1}').map((s) => enc.encode(s)),
  fc.uint8Array({ maxLength: 64 }),
  fc.integer({ min: 16 * 1024, max: 200 * 1024 }).map((n) => enc.encode(`{"padding":"${"x".repeat(n)}"}`)),
);
const origin = fc.constantFrom(undefined, "http://localhost", "http://localhost:3701", "https://evil.example", "null", "not a url");

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});

describe("raw-body fuzzing of every JSON route", () => {
  it.each(jsonRefs)("%s: no 500, refused calls change nothing", async (ref) => {
    const { file, name } = splitRef(ref);
    const route = (await importModule(file))[name] as DefinedRoute;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ACTORS), rawBody, origin, async (actor, body, from) => {
        const before = await databaseChecksum();
        const request = new Request("http://localhost/fuzz", { method: "POST", body, headers: { "content-type": "application/json", ...(from ? { origin: from } : {}) } });
        const res = await route.runAs(world.viewers[actor], request, { params: Promise.resolve({}) });
        expect(res.status, `${actor}: ${await res.clone().text()}`).toBeLessThan(500);
        if (res.status >= 300) expect((await databaseChecksum()).hash).toBe(before.hash);
        else world = await buildWorld();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
