// The authorization matrix, part 2 of 3 of its cells (tests/authz/README.md; the coverage checks are in matrix.test.ts).
import { vi } from "vitest";
import { loadCases } from "./support/load-cases";
import { defineMatrixCells } from "./support/matrix-cells";

vi.mock("next/cache", async () => (await import("./support/next-cache-stub")).nextCacheStub());

const { actionCases, routeCases } = await loadCases();
defineMatrixCells(actionCases, routeCases, 1, 3);
