// Child-process entry for the FSRS optimiser (see run-optimizer-process.ts). A plain .mjs file, loaded by path at
// run time, so it survives Next's bundling unchanged; tsx compiles the TypeScript job it imports. A separate
// process, not a worker thread: fsrs-rs aborts its whole process on a panic, and that must never be the web server.
import { setPriority } from "node:os";
import { tsImport } from "tsx/esm/api";

try {
  // Yields the CPU to the web server on a small machine; training is a background task.
  setPriority(19);
} catch {
  // Not permitted here: the optimiser still runs, only without the lower priority.
}

process.once("message", async (job) => {
  let reply;
  try {
    const { runOptimizerJob } = await tsImport("./optimizer-job.ts", import.meta.url);
    reply = { ok: true, result: await runOptimizerJob(job) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  process.send(reply, () => process.exit(0));
});
process.send({ ready: true });
