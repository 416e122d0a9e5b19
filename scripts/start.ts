// npm start: build when needed, migrate + seed, then serve on PORT (default 3000).
import "./load-env";
import { spawn } from "node:child_process";
import { setupDatabase } from "@/lib/server/seed/setup-database";
import { env } from "@/lib/env";
import { ensureBuild } from "./ensure-build";
import { nextStartEnv } from "./next-start-env";

async function main(): Promise<void> {
  ensureBuild();
  await setupDatabase();
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: nextStartEnv(),
  });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`[briefdeck] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
