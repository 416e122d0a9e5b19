// The authorization matrix: every server action and route handler under app/, called as six actors
// against resources owned by each. See tests/authz/README.md for how to add cases.
import { describe, expect, it, vi } from "vitest";
import { discoverFiles, HTTP_METHODS, importModule } from "./support/discover";
import { loadCases } from "./support/load-cases";
import { defineMatrixCells } from "./support/matrix-cells";

vi.mock("next/cache", async () => (await import("./support/next-cache-stub")).nextCacheStub());

const { actionFiles, routeFiles } = discoverFiles();
const { actionCases, routeCases } = await loadCases();
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

// The cells come in three parts (support/matrix-cells.ts); this file holds the first.
defineMatrixCells(actionCases, routeCases, 0, 3);
