// The JS schema engine (WebAssembly) arms a 10-second timer on PostgreSQL that it never clears
// (seen with Prisma 6.19.3), so every `prisma migrate deploy` sits idle for ten seconds after it
// has finished. Timers armed from inside the engine's WebAssembly are unref'd: they still fire if
// the CLI is busy, but no longer keep a finished process alive. Loaded only by prisma.config.ts.
const originalSetTimeout = globalThis.setTimeout;

export function unrefEngineTimers(): void {
  const patched = ((...args: Parameters<typeof setTimeout>) => {
    const timer = originalSetTimeout(...args);
    if (/wasm:\/\//.test(new Error().stack ?? "")) timer.unref();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, originalSetTimeout);
}
