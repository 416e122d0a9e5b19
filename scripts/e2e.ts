// npm run test:e2e: find (or install) Chromium, build when needed, run Playwright against the production server.
import { spawn, spawnSync } from "node:child_process";
import { ensureBuild } from "./ensure-build";
import { findOrInstallChromium } from "./find-chromium";

/** Chromium's path, or null after saying why there is none. */
function chromiumOrNull(): string | null {
  try {
    return findOrInstallChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return null;
  }
}

export function runE2e(extraArgs: string[] = [], jsonReport?: string): number {
  const chromium = chromiumOrNull();
  if (!chromium) return 1;
  if (!process.env.E2E_BASE_URL) ensureBuild();
  const result = spawnSync("node_modules/.bin/playwright", ["test", ...extraArgs], {
    stdio: "inherit",
    env: { ...process.env, CHROMIUM_PATH: chromium, ...(jsonReport ? { E2E_JSON_REPORT: jsonReport } : {}) },
  });
  return result.status ?? 1;
}

export type E2ePass = { label: string; env: Record<string, string>; jsonReport: string; args?: string[] };

/**
 * Several e2e passes at once, each against its own production server on its own port and database (the SQLite and
 * PostgreSQL passes of `npm test`). A pass spends most of its time waiting on the browser and the server, so two side
 * by side take much less than two one after the other. Builds once, before any starts; each line of output is prefixed
 * with its pass. Resolves to each pass's exit status, in order. (A test that measures the server's own latency is
 * tagged @alone and left out here: `npm test` runs it afterwards with no other server on the machine.)
 */
export async function runE2ePasses(passes: E2ePass[]): Promise<number[]> {
  const chromium = chromiumOrNull();
  if (!chromium) return passes.map(() => 1);
  if (!process.env.E2E_BASE_URL) ensureBuild();
  return Promise.all(
    passes.map(
      (pass, i) =>
        new Promise<number>((resolve) => {
          const child = spawn("node_modules/.bin/playwright", ["test", ...(pass.args ?? [])], {
            stdio: ["ignore", "pipe", "pipe"],
            env: {
              ...process.env,
              ...pass.env,
              CHROMIUM_PATH: chromium,
              E2E_JSON_REPORT: pass.jsonReport,
              E2E_PORT: String(3100 + i),
              // (Playwright empties its output folder when it starts: one folder per pass.)
              E2E_OUTPUT_DIR: `test-results/e2e-${pass.label}`,
            },
          });
          for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
            let rest = "";
            stream.on("data", (chunk: Buffer) => {
              const lines = (rest + chunk.toString("utf8")).split("\n");
              rest = lines.pop() ?? "";
              for (const line of lines) out.write(`[${pass.label}] ${line}\n`);
            });
            stream.on("end", () => rest && out.write(`[${pass.label}] ${rest}\n`));
          }
          child.on("error", () => resolve(1));
          child.on("close", (code) => resolve(code ?? 1));
        }),
    ),
  );
}

if (process.argv[1]?.endsWith("e2e.ts")) process.exit(runE2e(process.argv.slice(2)));
