import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { sourceFingerprint } from "./source-fingerprint";

const stamp = ".next/briefdeck-build-fingerprint";

/** Runs `next build` unless the last build was made from the same sources. */
export function ensureBuild(): void {
  const fingerprint = sourceFingerprint();
  if (existsSync(".next/BUILD_ID") && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint) return;
  console.log("[briefdeck] building the production bundle (first start or sources changed)…");
  execFileSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(stamp, fingerprint);
}
