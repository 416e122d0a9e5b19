import { createHash } from "node:crypto";
import { readdirSync, statSync, existsSync } from "node:fs";
import path from "node:path";

const roots = ["app", "components", "lib", "content", "public"];
const files = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"];
const skip = new Set(["node_modules", ".next", "generated", "generated-pg"]);

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (!/\.test\.tsx?$/.test(entry.name)) out.push(p);
  }
}

/** Cheap fingerprint (paths, sizes, mtimes) of everything that goes into `next build`, to skip needless rebuilds. */
export function sourceFingerprint(): string {
  const all: string[] = [];
  for (const r of roots) walk(r, all);
  for (const f of files) if (existsSync(f)) all.push(f);
  const hash = createHash("sha256");
  for (const f of all.sort()) {
    const s = statSync(f);
    hash.update(`${f}:${s.size}:${s.mtimeMs}\n`);
  }
  return hash.digest("hex");
}
