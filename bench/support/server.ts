import { spawn, type ChildProcess } from "node:child_process";

export type BenchServer = { url: string; stop: () => Promise<void> };

/** Starts the production build (`next start`) on a fixture database (its DATABASE_URL) and waits for /api/health. */
export async function startServer(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const url = `http://127.0.0.1:${port}`;
  // BENCH_SERVER_DIR: serve another checkout's build (a before/after comparison on the same fixture and harness).
  const dir = process.env.BENCH_SERVER_DIR ?? ".";
  const child: ChildProcess = spawn(`${dir}/node_modules/.bin/next`, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: {
      ...process.env,
      ...extraEnv,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_URL: url,
      AUTH_RATE_LIMIT: "off",
      // Turns on /api/bench/bare and /api/bench/noop, which a normal server answers with 404.
      BRIEFDECK_BENCH_ROUTES: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("bench server did not start within 60 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Signs in through Better Auth's handler and returns the Cookie header value. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email, password }),
  });
  if (!r.ok) throw new Error(`sign-in failed for ${email}: ${r.status} ${await r.text()}`);
  const cookies = r.headers.getSetCookie().map((c) => c.split(";")[0]);
  return cookies.join("; ");
}

/** Times `n` sequential GETs (after warm-up), returning milliseconds per request. */
export async function timeGets(url: string, cookie: string, n: number, warmup = 3): Promise<number[]> {
  const get = async () => {
    const r = await fetch(url, { headers: { cookie } });
    if (!r.ok) throw new Error(`GET ${url} → ${r.status}`);
    await r.arrayBuffer();
  };
  for (let i = 0; i < warmup; i++) await get();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await get();
    out.push(performance.now() - t);
  }
  return out;
}
