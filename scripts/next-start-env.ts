import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Environment for a `next start` child: preloads scripts/client-address.mjs so per-IP limits see the
 * socket's address (or a trusted proxy's header), never a header the client made up.
 */
export function nextStartEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const preload = `--import ${pathToFileURL(path.resolve("scripts/client-address.mjs")).href}`;
  return { ...base, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: [base.NODE_OPTIONS, preload].filter(Boolean).join(" ") };
}
