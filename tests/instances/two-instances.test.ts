import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { ensureBuild } from "@/scripts/ensure-build";
import { nextStartEnv } from "@/scripts/next-start-env";
import { testProvider } from "@/tests/support/test-database";

// Two real `next start` processes on one PostgreSQL database (this file's own): nothing that matters
// may live in one process's memory. Port block 3410/3411. B trusts 127.0.0.1 as a reverse proxy.
const A = "http://localhost:3410";
const B = "http://localhost:3411";
const PASSWORD = "correct horse battery staple";
const servers: ChildProcess[] = [];

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${base} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base} did not become healthy`);
}

function start(base: string, extra: Record<string, string>): ChildProcess {
  const port = new URL(base).port;
  const child = spawn("node_modules/.bin/next", ["start", "-p", port], {
    env: nextStartEnv({
      ...process.env,
      ...extra,
      NODE_ENV: "production",
      PORT: port,
      BETTER_AUTH_URL: A,
      TRUSTED_ORIGINS: B,
      BETTER_AUTH_SECRET: "two-instances-test-secret-0123456789abcdef",
      INSTANCES: "2",
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "5o3xQm4VJ8h0o8aY7vX9W1y0Zr2sT6uKq3bN1cD4eF8=",
      AUTH_RATE_LIMIT: "on",
      SEED_DEMO_ACCOUNTS: "false",
    }),
    // Better Auth warns on every unknown email the limit tests use; a failed start shows as an exit code.
    stdio: "ignore",
  });
  servers.push(child);
  return child;
}

async function call(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown>; cookie: string | null }> {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const setCookie = response.headers.get("set-cookie");
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = { text };
  }
  return { status: response.status, json, cookie: setCookie ? setCookie.split(";")[0]! : null };
}

async function signUpAndIn(email: string): Promise<string> {
  const up = await call(A, "/api/auth/sign-up/email", { email, password: PASSWORD, name: "Two Instances" });
  expect(up.status).toBe(200);
  return up.cookie!;
}

async function deckWithQuestion(ownerEmail: string): Promise<string> {
  const owner = await db.user.findUniqueOrThrow({ where: { email: ownerEmail } });
  const deck = await db.deck.create({ data: { ownerId: owner.id, title: "Shared", visibility: "public", status: "published" } });
  const question = await db.question.create({ data: { deckId: deck.id, kind: "flashcard", prompt: "Capital of France?", answer: "Paris" } });
  return question.id;
}

describe.skipIf(testProvider !== "postgresql")("two app instances on one PostgreSQL", () => {
  beforeAll(async () => {
    ensureBuild();
    const a = start(A, {});
    const b = start(B, { TRUSTED_PROXIES: "127.0.0.1" });
    await Promise.all([waitForHealth(A, a), waitForHealth(B, b)]);
  }, 300_000);

  afterAll(() => {
    for (const s of servers) s.kill("SIGTERM");
  });

  it("the same review sent 20 times to each instance at once leaves one log row and reps + 1", async () => {
    const cookie = await signUpAndIn("dup@test.dev");
    const questionId = await deckWithQuestion("dup@test.dev");
    const body = { questionId, rating: 3, idempotencyKey: `dup-${randomUUID()}`, expectedVersion: 0, durationMs: 1200, next: false };
    const sends = Array.from({ length: 40 }, (_, i) => call(i % 2 ? B : A, "/api/reviews", body, { cookie }));
    const results = await Promise.all(sends);
    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    expect(await db.reviewLog.count({ where: { idempotencyKey: body.idempotencyKey } })).toBe(1);
    const card = await db.card.findFirstOrThrow({ where: { questionId } });
    expect(card.reps).toBe(1);
    expect(card.version).toBe(1);
  });

  it("two tabs on two instances answering with the same expected version: one 200, one 409", async () => {
    const cookie = await signUpAndIn("tabs@test.dev");
    const questionId = await deckWithQuestion("tabs@test.dev");
    const answer = (base: string) => call(base, "/api/reviews", { questionId, rating: 3, idempotencyKey: `tab-${randomUUID()}`, expectedVersion: 0, durationMs: 900, next: false }, { cookie });
    const statuses = (await Promise.all([answer(A), answer(B)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect(await db.reviewLog.count({ where: { questionId } })).toBe(1);
  });

  it("a session signed out on A is refused by B", async () => {
    const cookie = await signUpAndIn("signout@test.dev");
    const questionId = await deckWithQuestion("signout@test.dev");
    const review = (base: string) => call(base, "/api/reviews", { questionId, rating: 3, idempotencyKey: `so-${randomUUID()}`, expectedVersion: 0, durationMs: 900, next: false }, { cookie });
    expect((await call(B, "/api/auth/get-session", {}, { cookie })).status).not.toBe(401);
    expect((await call(A, "/api/auth/sign-out", {}, { cookie })).status).toBe(200);
    expect((await review(B)).status).toBe(401);
    expect(await db.reviewLog.count({ where: { questionId } })).toBe(0);
  });

  it("eleven wrong passwords spread over both instances are limited as if they hit one", async () => {
    const email = "spread@test.dev";
    await signUpAndIn(email);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await call(i % 2 ? B : A, "/api/auth/sign-in/email", { email, password: `wrong ${i}` })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    expect((await call(B, "/api/auth/sign-in/email", { email, password: PASSWORD })).status).toBe(429);
  });

  it("a forged X-Forwarded-For does not escape the per-IP sign-in limit; a trusted proxy's header is believed", async () => {
    // 60 sign-ins per minute per address (auth.ts). Each forged request claims a new address.
    const forge = (base: string, i: number) =>
      call(base, "/api/auth/sign-in/email", { email: `nobody-${i}@test.dev`, password: "whatever it is" }, { "x-forwarded-for": `203.0.113.${i % 250}` });
    const direct: number[] = [];
    for (let i = 0; i < 62; i++) direct.push((await forge(A, i)).status);
    // Earlier tests' sign-ins from 127.0.0.1 share the window, so the cut comes at or before the 60th.
    const firstRefused = direct.indexOf(429);
    expect(firstRefused).toBeGreaterThan(30);
    expect(firstRefused).toBeLessThanOrEqual(60);
    expect(direct.slice(firstRefused).every((s) => s === 429)).toBe(true);
    // B trusts 127.0.0.1 (the test plays the proxy): each claimed address has its own allowance.
    const proxied: number[] = [];
    for (let i = 100; i < 170; i++) proxied.push((await forge(B, i)).status);
    expect(proxied.filter((s) => s === 429)).toEqual([]);
    // 132 sign-ins, each hashing a password on purpose: on a slow or loaded 2-core machine that alone can pass 30 s,
    // and this test is about which requests are refused, not how fast they are.
  }, 120_000);
});
