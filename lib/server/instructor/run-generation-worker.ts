import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/server/errors";
import type { GenerationJob, GenerationResult } from "./generation-job";

export const GENERATION_TIME_LIMIT_MS = 10_000;
// Starting the worker thread and compiling the generator (tsx) is the same work for every article. Under a
// loaded machine's nice-19 worker it has taken several seconds, so it gets its own, wider bound and does not
// eat into the article's limit.
const WORKER_START_LIMIT_MS = 60_000;

// Resolved from the app root at run time, never from this module's URL (which Next's bundler rewrites), and
// assembled so that the bundler does not follow it: the worker must run as the plain file on disk.
const WORKER_FILE = [process.cwd(), "lib", "server", "instructor", "generation-worker.mjs"].join(path.sep);

/**
 * Parses and generates off the request thread: a slow or hostile article keeps one worker busy, never the
 * event loop that serves everyone else. Past the time limit the worker is terminated (its CPU work stops)
 * and the instructor gets a clear error.
 */
export function runGenerationWorker(job: GenerationJob, timeLimitMs = GENERATION_TIME_LIMIT_MS): Promise<GenerationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(/* turbopackIgnore: true */ WORKER_FILE, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const stop = (message: string) => () => finish(() => reject(new AppError(422, message)));
    let timer = setTimeout(stop("The generator did not start in time, so nothing was created. Try again in a minute."), WORKER_START_LIMIT_MS);
    worker.on("message", (message: { ready: true } | { ok: true; result: GenerationResult } | { ok: false; message: string }) => {
      if ("ready" in message) {
        clearTimeout(timer);
        const tooLong = `This article took longer than ${timeLimitMs / 1000} seconds to process, so it was stopped. Paste only the article's text, or split it into parts.`;
        timer = setTimeout(stop(tooLong), timeLimitMs);
        return;
      }
      finish(() => (message.ok ? resolve(message.result) : reject(new Error(`Generation failed: ${message.message}`))));
    });
    worker.once("error", (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new AppError(422, "This article needed more memory than one article may use, so it was stopped. Paste only the article's text, or split it into parts.")
            : error,
        ),
      ),
    );
    worker.once("exit", (code) => finish(() => reject(new Error(`The generation worker stopped (exit code ${code}).`))));
  });
}
