// npm run test:e2e: find (or install) Chromium, build when needed, run Playwright against the production server.
import { spawnSync } from "node:child_process";
import { ensureBuild } from "./ensure-build";
import { findOrInstallChromium } from "./find-chromium";

export function runE2e(extraArgs: string[] = [], jsonReport?: string): number {
  let chromium: string;
  try {
    chromium = findOrInstallChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  if (!process.env.E2E_BASE_URL) ensureBuild();
  const result = spawnSync("node_modules/.bin/playwright", ["test", ...extraArgs], {
    stdio: "inherit",
    env: { ...process.env, CHROMIUM_PATH: chromium, ...(jsonReport ? { E2E_JSON_REPORT: jsonReport } : {}) },
  });
  return result.status ?? 1;
}

if (process.argv[1]?.endsWith("e2e.ts")) process.exit(runE2e(process.argv.slice(2)));
