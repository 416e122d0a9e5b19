import "server-only";
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/server/errors";
import type { OptimizerJob, OptimizerJobResult } from "./optimizer-job";

export const OPTIMIZER_TIME_LIMIT_MS = 60_000;
/** V8 heap of the child (--max-old-space-size): the items and their binding objects live there. */
export const OPTIMIZER_HEAP_LIMIT_MB = 512;
/** Whole-process resident memory (fsrs-rs allocates outside the V8 heap), checked while it runs. */
export const OPTIMIZER_RSS_LIMIT_MB = 1024;

// Resolved from the app root at run time, never from this module's URL (which Next's bundler rewrites), and
// assembled so that the bundler does not follow it: the child must run the plain file on disk.
const WORKER_FILE = [process.cwd(), "lib", "server", "optimizer", "optimizer-worker.mjs"].join(path.sep);

const UNCHANGED = "Your schedule was not changed.";

export type OptimizerLimits = { timeLimitMs?: number; heapLimitMb?: number; rssLimitMb?: number };

type WorkerMessage = { ready: true } | { ok: true; result: OptimizerJobResult } | { ok: false; message: string };

/** Resident memory of a process in MB from /proc (Linux); null where that cannot be read. */
function residentMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Trains in a child process with a time limit and a memory limit. fsrs-rs aborts the process it runs in on a
 * panic (not a catchable error), so it never runs in the web server: whatever the child does — panic, hang, run
 * out of memory, answer nonsense — this rejects with a clear AppError and the server carries on. The caller
 * validates the result before using it.
 */
export function runOptimizerProcess(job: OptimizerJob, limits: OptimizerLimits = {}): Promise<OptimizerJobResult> {
  const timeLimitMs = limits.timeLimitMs ?? OPTIMIZER_TIME_LIMIT_MS;
  const rssLimitMb = limits.rssLimitMb ?? OPTIMIZER_RSS_LIMIT_MB;
  return new Promise((resolve, reject) => {
    const child = fork(/* turbopackIgnore: true */ WORKER_FILE, [], {
      // Only the heap flag: the parent's own flags (loaders, inspectors) are not the child's business.
      execArgv: [`--max-old-space-size=${limits.heapLimitMb ?? OPTIMIZER_HEAP_LIMIT_MB}`],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    let stderr = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      outcome();
    };
    const fail = (message: string) => finish(() => reject(new AppError(422, `${message} ${UNCHANGED}`)));
    const timer = setTimeout(() => fail(`Optimising took longer than ${Math.round(timeLimitMs / 1000)} seconds, so it was stopped.`), timeLimitMs);
    const watch = setInterval(() => {
      const rss = child.pid ? residentMb(child.pid) : null;
      if (rss !== null && rss > rssLimitMb) fail(`Optimising needed more than ${rssLimitMb} MB of memory, so it was stopped.`);
    }, 100);
    child.on("message", (message: WorkerMessage) => {
      if ("ready" in message) {
        child.send(job);
        return;
      }
      if (message.ok) finish(() => resolve(message.result));
      else fail(`The optimiser could not use your reviews (${message.message.slice(0, 200)}).`);
    });
    child.once("error", (error) => fail(`The optimiser could not be started (${error.message}).`));
    child.once("exit", (code, signal) => {
      if (settled) return;
      const panic = /panicked at[^\n]*\n([^\n]+)/.exec(stderr)?.[1]?.trim();
      if (stderr) console.error(`[briefdeck] optimiser child stopped (code ${code}, signal ${signal}):\n${stderr.slice(-1000)}`);
      const outOfMemory = /heap out of memory|Allocation failed/i.test(stderr);
      fail(
        outOfMemory
          ? "Optimising needed more memory than allowed, so it was stopped."
          : `The optimiser stopped unexpectedly${panic ? ` (${panic.slice(0, 200)})` : ""}.`,
      );
    });
  });
}
