// The authorization matrix: every server action and route handler under app/, called as six actors
// against resources owned by each. See tests/authz/README.md for how to add cases.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ACTORS, buildWorld, type Actor, type World } from "./support/world";
import { databaseChecksum } from "./support/snapshot";
import { discoverFiles, HTTP_METHODS, importModule } from "./support/discover";
import { loadCases } from "./support/load-cases";
import { callAction, callRoute, type CallOutcome } from "./support/invoke";

// Next's cache APIs need a request store that Vitest does not have; only Next is stubbed, never our code.
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_noStore: vi.fn(),
}));

const { actionFiles, routeFiles } = discoverFiles();
const { actionCases, routeCases } = await loadCases();
const DENIED = [401, 403, 404];

let world: World;
// An allowed call may change rows; the world is rebuilt before the next cell so cells never depend on order.
let dirty = true;
async function freshWorld(): Promise<World> {
  if (dirty) {
    world = await buildWorld();
    dirty = false;
  }
  return world;
}

beforeAll(async () => {
  await freshWorld();
});

describe("coverage: every action and route has cases", () => {
  it("every export of every app/**/actions.ts is a defineAction with at least one case", async () => {
    const missing: string[] = [];
    const notWrapped: string[] = [];
    for (const file of actionFiles) {
      const mod = await importModule(file);
      for (const [name, value] of Object.entries(mod)) {
        const ref = `${file}#${name}`;
        if (typeof (value as { runAs?: unknown })?.runAs !== "function") notWrapped.push(ref);
        if (!actionCases.some((c) => c.action === ref)) missing.push(ref);
      }
    }
    expect(notWrapped, "These exports are not defineAction(...) results").toEqual([]);
    expect(missing, "No authorization case for these actions: add them to tests/authz/cases/<area>.cases.ts").toEqual([]);
  });

  it("every handler of every app/**/route.ts is a defineRoute with at least one case", async () => {
    const missing: string[] = [];
    const notWrapped: string[] = [];
    for (const file of routeFiles) {
      const mod = await importModule(file);
      for (const method of HTTP_METHODS) {
        if (!(method in mod)) continue;
        const ref = `${file}#${method}`;
        if (typeof (mod[method] as { runAs?: unknown })?.runAs !== "function") notWrapped.push(ref);
        if (!routeCases.some((c) => c.route === ref)) missing.push(ref);
      }
    }
    expect(notWrapped, "These route handlers do not use defineRoute(...)").toEqual([]);
    expect(missing, "No authorization case for these routes: add them to tests/authz/cases/<area>.cases.ts").toEqual([]);
  });

  it("no case points at an action or route that no longer exists", async () => {
    const stale: string[] = [];
    for (const ref of [...actionCases.map((c) => c.action), ...routeCases.map((c) => c.route)]) {
      const [file, name] = [ref.slice(0, ref.lastIndexOf("#")), ref.slice(ref.lastIndexOf("#") + 1)];
      const known = actionFiles.includes(file) || routeFiles.includes(file);
      if (!known || !(name in (await importModule(file)))) stale.push(ref);
    }
    expect(stale).toEqual([]);
  });
});

async function checkCell(
  actor: Actor,
  allowed: boolean,
  setup: ((w: World) => Promise<void>) | undefined,
  call: (w: World) => Promise<CallOutcome>,
): Promise<void> {
  const w = await freshWorld();
  if (setup) {
    dirty = true;
    await setup(w);
  }
  const before = allowed ? null : await databaseChecksum();
  const outcome = await call(w);
  if (allowed) {
    dirty = true;
    expect(outcome, `${actor} should be allowed`).toMatchObject({ ok: true });
    return;
  }
  expect(outcome.ok, `${actor} should be refused, got ok`).toBe(false);
  expect(DENIED, `${actor} refused with ${outcome.status} "${outcome.error}" (want 401/403/404)`).toContain(outcome.status);
  const after = await databaseChecksum();
  if (after.hash !== before!.hash) dirty = true;
  expect(after.counts, "a refused call changed row counts").toEqual(before!.counts);
  expect(after.hash, "a refused call changed a row").toBe(before!.hash);
}

describe.each(actionCases.map((c) => [`${c.action} — ${c.label}`, c] as const))("action %s", (_title, c) => {
  it.each(ACTORS.map((a) => [a, c.allow.includes(a) ? "allowed" : "refused"] as const))("%s → %s", async (actor, expected) => {
    await checkCell(actor, expected === "allowed", c.setup, async (w) => callAction(c.action, w.viewers[actor], await c.input(w, actor)));
  });
});

describe.each(routeCases.map((c) => [`${c.route} — ${c.label}`, c] as const))("route %s", (_title, c) => {
  it.each(ACTORS.map((a) => [a, c.allow.includes(a) ? "allowed" : "refused"] as const))("%s → %s", async (actor, expected) => {
    await checkCell(actor, expected === "allowed", c.setup, async (w) => callRoute(c.route, w.viewers[actor], await c.request(w, actor)));
  });
});
