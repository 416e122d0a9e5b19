import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import SlowFilesFirst from "./tests/support/slow-files-first";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts") } },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/database-per-file.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default is one fork fewer than the cores: one fork on these 2-core machines. Each test file has its
    // own database (tests/support/database-per-file.ts) and much of the time goes to waiting on child servers and
    // PostgreSQL, so a second fork shortens the run: on one idle 2-core machine, the SQLite pass took 262 s with one
    // fork and 168 s with two; the PostgreSQL pass 387 s and 214 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: SlowFilesFirst },
  },
});
