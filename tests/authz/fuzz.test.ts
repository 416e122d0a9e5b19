// Throws hostile input at every server action as every actor: wrong types, huge strings, unicode,
// negative numbers, foreign ids. Never a 500; a refused call never changes a row.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ACTORS, buildWorld, ids, type Actor, type World } from "./support/world";
import { databaseChecksum } from "./support/snapshot";
import { discoverFiles, importModule } from "./support/discover";
import { loadCases } from "./support/load-cases";
import { callAction, callRoute, type CallOutcome } from "./support/invoke";

vi.mock("next/cache", async () => (await import("./support/next-cache-stub")).nextCacheStub());

const { actionFiles } = discoverFiles();
const { actionCases, routeCases } = await loadCases();
const refs: string[] = [];
for (const file of actionFiles) for (const name of Object.keys(await importModule(file))) refs.push(`${file}#${name}`);

const foreignIds = [...(Object.values(ids) as unknown[]).filter((v): v is string => typeof v === "string"), ...Object.values(ids.users), "", " ", "../../etc/passwd", "x".repeat(65)];

const weird = fc.oneof(
  fc.constantFrom("", " ", "\u0000", "'; DROP TABLE User; --", "<script>alert(1)</script>", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🃏", "NaN", "-1", "1e309"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constant("x".repeat(20_000)),
  fc.integer({ min: -2_000_000_000, max: -1 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(null, undefined, true, false, 0, Number.MAX_SAFE_INTEGER),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constantFrom(...foreignIds),
);

function inputArbitrary(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(base);
  const mutated = keys.length
    ? fc
        .tuple(fc.subarray(keys, { minLength: 1 }), fc.array(weird, { minLength: keys.length, maxLength: keys.length }))
        .map(([chosen, values]) => ({ ...base, ...Object.fromEntries(chosen.map((k, i) => [k, values[i]])) }))
    : fc.dictionary(fc.string({ maxLength: 8 }), weird, { maxKeys: 4 });
  return fc.oneof({ arbitrary: mutated, weight: 4 }, { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 }, { arbitrary: weird, weight: 1 });
}

let world: World;
let dirty = true;

beforeAll(async () => {
  world = await buildWorld();
  dirty = false;
});

/** One fuzzed call on a clean world: never a 5xx; a refused call changes no row (an allowed one may: rebuild next). */
async function checkCall(actor: Actor, call: (w: World) => Promise<CallOutcome>): Promise<void> {
  if (dirty) {
    world = await buildWorld();
    dirty = false;
  }
  const before = await databaseChecksum();
  const outcome = await call(world);
  expect(outcome.status, `${actor} got a 500: ${outcome.error}`).toBeLessThan(500);
  if (outcome.ok) {
    dirty = true;
    return;
  }
  const after = await databaseChecksum();
  if (after.hash !== before.hash) dirty = true;
  expect(after.hash, `${actor}: a refused call (${outcome.status}) changed a row`).toBe(before.hash);
}

describe("fuzzing every server action", () => {
  it.each(refs)("%s: no 500, refused calls change nothing", async (ref) => {
    const c = actionCases.find((x) => x.action === ref);
    const rawBase = c ? await c.input(world, "instructorA") : {};
    const base = rawBase && typeof rawBase === "object" && !Array.isArray(rawBase) ? (rawBase as Record<string, unknown>) : {};
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ACTORS), inputArbitrary(base), (actor, input) => checkCall(actor, (w) => callAction(ref, w.viewers[actor], input))),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("fuzzing every route handler", () => {
  const routeRefs = [...new Set(routeCases.map((c) => c.route))];
  it.each(routeRefs)("%s: no 500, refused calls change nothing", async (ref) => {
    const c = routeCases.find((x) => x.route === ref)!;
    if (dirty) world = await buildWorld();
    if (c.setup) await c.setup(world);
    dirty = true;
    const base = await c.request(world, "instructorA");
    const textish = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...foreignIds), fc.constant("x".repeat(5_000)), fc.constantFrom("-1", "NaN", "1e309", "[]", "{}"));
    const query = fc.dictionary(fc.constantFrom(...Object.keys(base.query ?? {}), "extra"), textish, { maxKeys: 3 }).map((q) => ({ ...base.query, ...q }));
    const params = fc.record(Object.fromEntries(Object.keys(base.params ?? {}).map((k) => [k, textish])) as Record<string, fc.Arbitrary<string>>);
    const json = base.json && typeof base.json === "object" ? inputArbitrary(base.json as Record<string, unknown>) : fc.anything({ maxDepth: 2 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ACTORS), query, params, json, (actor, q, p, j) =>
        checkCall(actor, (w) => callRoute(ref, w.viewers[actor], { query: q, params: p, json: j })),
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});
