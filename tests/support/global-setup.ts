import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

/** Migrates one template SQLite file per run; each test file gets its own copy (see setup-database-per-file.ts). */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "briefdeck-vitest-"));
  const template = path.join(dir, "template.db");
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "ignore",
  });
  project.provide("templateDatabase", template);
  project.provide("tempDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    tempDir: string;
  }
}
