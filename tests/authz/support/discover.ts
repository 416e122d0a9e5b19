// Finds every server action file and route handler under app/, so nothing can be added without a case.
import { readdirSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
// Better Auth's own handler, the health probe and the bench's bare ceiling (no session, no data, 404 unless
// BRIEFDECK_BENCH_ROUTES=1; see tests/bench/bench-routes.test.ts) are outside our wrappers by design.
export const EXCLUDED_ROUTES = new Set(["app/api/auth/[...all]/route.ts", "app/api/health/route.ts", "app/api/bench/bare/route.ts"]);

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(path.relative(ROOT, full).split(path.sep).join("/"));
  }
  return out;
}

export function discoverFiles(): { actionFiles: string[]; routeFiles: string[] } {
  const files = walk(path.join(ROOT, "app"), []).sort();
  return {
    actionFiles: files.filter((f) => /(^|\/)actions\.ts$/.test(f)),
    routeFiles: files.filter((f) => /(^|\/)route\.ts$/.test(f) && !EXCLUDED_ROUTES.has(f)),
  };
}

export async function importModule(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
}

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
