// The authorization matrix's cells (tests/authz/README.md), registered by the matrix test files in parts: the cells of
// one part share a database and a world, and the parts run side by side in Vitest's forks. One file held all 699 cells
// and ran alone for its last 90-120 s while the other fork sat idle.
import { beforeAll, describe, expect, it } from "vitest";
import { ACTORS, buildWorld, type Actor, type World } from "./world";
import { databaseChecksum } from "./snapshot";
import type { ActionCase, RouteCase } from "./case-types";
import { callAction, callRoute, type CallOutcome } from "./invoke";

const DENIED = [401, 403, 404];

/** Registers every `of`-th case, starting at `part` (0-based), of the action and route cases given. */
export function defineMatrixCells(actionCases: ActionCase[], routeCases: RouteCase[], part: number, of: number): void {
  const mine = (_c: unknown, i: number) => i % of === part;
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

  describe.each(actionCases.filter(mine).map((c) => [`${c.action} — ${c.label}`, c] as const))("action %s", (_title, c) => {
    it.each(ACTORS.map((a) => [a, c.allow.includes(a) ? "allowed" : "refused"] as const))("%s → %s", async (actor, expected) => {
      await checkCell(actor, expected === "allowed", c.setup, async (w) => callAction(c.action, w.viewers[actor], await c.input(w, actor)));
    });
  });

  describe.each(routeCases.filter(mine).map((c) => [`${c.route} — ${c.label}`, c] as const))("route %s", (_title, c) => {
    it.each(ACTORS.map((a) => [a, c.allow.includes(a) ? "allowed" : "refused"] as const))("%s → %s", async (actor, expected) => {
      await checkCell(actor, expected === "allowed", c.setup, async (w) => callRoute(c.route, w.viewers[actor], await c.request(w, actor)));
    });
  });
}
