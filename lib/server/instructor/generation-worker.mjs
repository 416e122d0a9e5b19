// Worker-thread entry for article generation (see run-generation-worker.ts). A plain .mjs file, loaded by
// path at run time, so it survives Next's bundling unchanged; tsx compiles the TypeScript job it imports
// (tsx is a runtime dependency: `npm start` already runs through it).
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

// On Linux a priority set with pid 0 applies to the calling thread only: this worker yields the CPU to the
// thread that serves every other request, which matters on a small machine where both compete for cores.
try {
  setPriority(19);
} catch {
  // Not permitted on this platform: generation still runs, only without the lower priority.
}

const { runGenerationJob } = await tsImport("./generation-job.ts", import.meta.url);
// Loading and compiling our own code is not the article's doing: the article's time limit starts here.
parentPort.postMessage({ ready: true });
try {
  parentPort.postMessage({ ok: true, result: runGenerationJob(workerData) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
