// The authorization matrix, part 2 of 3 of its cells (tests/authz/README.md; the coverage checks are in matrix.test.ts).
import { vi } from "vitest";
import { loadCases } from "./support/load-cases";
import { defineMatrixCells } from "./support/matrix-cells";

// Next's cache APIs need a request store that Vitest does not have; only Next is stubbed, never our code.
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_noStore: vi.fn(),
}));

const { actionCases, routeCases } = await loadCases();
defineMatrixCells(actionCases, routeCases, 1, 3);
