import { randomUUID } from "node:crypto";
import autocannon, { type Result } from "autocannon";
import { BENCH_DECK_ID, BENCH_PASSWORD, benchEmail } from "./fixtures/build-learning-db";
import { signIn, type BenchServer } from "./support/server";
import { median, type Report } from "./support/stats";

/**
 * "bare": a JSON POST with no session and no database (the server's ceiling); "noop": the same through
 * defineRoute with the session check; "review": the study screen's save; "refill": its queue read.
 */
type Target = "bare" | "noop" | "review" | "refill";

export type ReviewBenchOptions = { learners: number; questions: number; fixtureVersion: number; rounds: number; seconds: number };

/** Per-learner (by cookie) position in the question list, shared across runs so no card is ever answered twice. */
type Cursor = Map<string, number>;

/**
 * One autocannon run. Each connection is one signed-in learner who answers a different question on every
 * request (expectedVersion = the fixture card's version), so every review request is a real, accepted review.
 */
async function run(server: BenchServer, cookies: string[], target: Target, options: { connections: number; duration: number; overallRate?: number }, cursor: Cursor, versionOf: (q: number) => number, questions: number): Promise<Result> {
  // autocannon resets `context` before every request when the list has one request, so per-connection
  // state lives here, keyed by a connection id assigned on its first request.
  let nextConnection = 0;
  return autocannon({
    url: server.url,
    connections: options.connections,
    duration: options.duration,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    timeout: 20,
    requests: [
      {
        method: "POST",
        setupRequest: (req, context) => {
          if (context.connection === undefined) context.connection = nextConnection++;
          const learner = (context.connection as number) % cookies.length;
          const headers = { "content-type": "application/json", cookie: cookies[learner]!, origin: server.url };
          if (target === "bare") return { ...req, path: "/api/bench/bare", headers: { "content-type": "application/json" } as Record<string, string>, body: "{}" };
          if (target === "noop") return { ...req, path: "/api/bench/noop", headers, body: "{}" };
          const step = cursor.get(cookies[learner]!) ?? 0;
          cursor.set(cookies[learner]!, step + 1);
          const q = step % questions;
          if (target === "refill") return { ...req, method: "GET", path: `/api/study/next?deckId=${BENCH_DECK_ID}&after=bq${q}`, headers: { cookie: cookies[learner]! } };
          return {
            ...req,
            path: "/api/reviews",
            headers,
            body: JSON.stringify({
              questionId: `bq${q}`,
              rating: 3,
              idempotencyKey: randomUUID(),
              expectedVersion: versionOf(q),
              answer: `Answer ${q}`,
              durationMs: 4200,
            }),
          };
        },
      },
    ],
  });
}

function statusSummary(r: Result): string {
  return `${r["2xx"]} 2xx, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`;
}

const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

export async function benchReviewPath(report: Report, server: BenchServer, opts: ReviewBenchOptions & { database: string }): Promise<void> {
  report.section(`Review path on ${opts.database} (production server, ${opts.learners} learners × ${opts.questions} cards; ${opts.rounds} interleaved rounds × ${opts.seconds} s, 50 clients)`);
  const cookies: string[] = [];
  // Learners 0–49 drive the saturation runs, 50–99 the fixed-rate runs, 100 the storm: no card is answered twice.
  for (let i = 0; i < 101; i++) cookies.push(await signIn(server.url, benchEmail(i), BENCH_PASSWORD));
  const first = cookies.slice(0, 50);
  const second = cookies.slice(50, 100);
  const version = () => opts.fixtureVersion;
  const saturation = { connections: 50, duration: opts.seconds };
  const reviewCursor: Cursor = new Map();

  // Warm every route (JIT, route compilation, statement cache); the review warm-up uses up questions, like the runs.
  for (const target of ["bare", "noop"] as const) await run(server, first, target, { connections: 10, duration: 2 }, new Map(), version, opts.questions);
  await run(server, first, "review", { connections: 10, duration: 2 }, reviewCursor, version, opts.questions);

  // Interleaved, so a slow moment of the machine (two cores shared with other work) hits all three alike.
  const rounds: Array<{ bare: Result; noop: Result; review: Result }> = [];
  for (let r = 0; r < opts.rounds; r++) {
    const bare = await run(server, first, "bare", saturation, new Map(), version, opts.questions);
    const noop = await run(server, first, "noop", saturation, new Map(), version, opts.questions);
    const review = await run(server, first, "review", saturation, reviewCursor, version, opts.questions);
    rounds.push({ bare, noop, review });
    report.note(`round ${r + 1}: bare ${bare.requests.average.toFixed(0)}, no-op ${noop.requests.average.toFixed(0)}, review ${review.requests.average.toFixed(0)} req/s`);
  }
  const rate = (k: "bare" | "noop" | "review") => rounds.map((x) => x[k].requests.average);
  const noopVsBare = rounds.map((x) => x.noop.requests.average / x.bare.requests.average);
  const reviewVsBare = rounds.map((x) => x.review.requests.average / x.bare.requests.average);
  const reviewVsNoop = rounds.map((x) => x.review.requests.average / x.noop.requests.average);
  report.add("bare POST (JSON, no session, no DB): saturation, median", median(rate("bare")), "req/s");
  report.add("signed-in no-op POST: saturation, median", median(rate("noop")), "req/s");
  report.add("review POST (study screen): saturation, median", median(rate("review")), "req/s");
  report.add("no-op / bare, median of rounds (target ≥ 0.6)", median(noopVsBare), "x");
  report.note(`  no-op / bare per round ${spread(noopVsBare)}`);
  report.add("review / bare, median of rounds (target ≥ 0.4)", median(reviewVsBare), "x");
  report.note(`  review / bare per round ${spread(reviewVsBare)}`);
  report.add("review / no-op, median of rounds (target ≥ 0.6)", median(reviewVsNoop), "x");
  report.note(`  review / no-op per round ${spread(reviewVsNoop)}`);
  for (const [i, x] of rounds.entries()) report.note(`  round ${i + 1} status: bare ${statusSummary(x.bare)}; no-op ${statusSummary(x.noop)}; review ${statusSummary(x.review)}`);

  // The screen's other request: one queue read (current card + 4 upcoming) per five answers.
  const refill = await run(server, first, "refill", saturation, new Map(), version, opts.questions);
  report.add("queue refill GET (5 cards): saturation throughput", refill.requests.average, "req/s");
  report.add("server time per answered card, save + 1/5 refill (at saturation)", 1000 / median(rate("review")) + 1000 / refill.requests.average / 5, "ms");

  const fixedCursor: Cursor = new Map();
  const fixed = { connections: 50, duration: opts.seconds, overallRate: 200 };
  const noopFixed = await run(server, second, "noop", fixed, new Map(), version, opts.questions);
  const reviewFixed = await run(server, second, "review", fixed, fixedCursor, version, opts.questions);
  report.add("no-op POST at 200 req/s: p50 latency", noopFixed.latency.p50, "ms");
  report.add("review POST at 200 req/s: p50 latency", reviewFixed.latency.p50, "ms");
  report.add("review POST at 200 req/s: p99 latency", reviewFixed.latency.p99, "ms");
  report.note(`fixed-rate runs: no-op ${statusSummary(noopFixed)}; review ${statusSummary(reviewFixed)}`);

  await duplicateStorm(report, server, cookies[100]!);
}

/** 50 identical requests at once must leave one review; a second answer on the old version must get 409. */
async function duplicateStorm(report: Report, server: BenchServer, cookie: string): Promise<void> {
  // The last question: no saturation or fixed-rate run gets that far. Its version comes from the server.
  const questionId = "bq499";
  const state = await fetch(`${server.url}/api/study/card?questionId=${questionId}`, { headers: { cookie } });
  const fixtureVersion = state.ok ? ((await state.json()) as { version: number }).version : 0;
  const body = JSON.stringify({ questionId, rating: 3, idempotencyKey: randomUUID(), expectedVersion: fixtureVersion, answer: "x", durationMs: 1000 });
  const headers = { "content-type": "application/json", cookie, origin: server.url };
  const answers = await Promise.all(Array.from({ length: 50 }, () => fetch(`${server.url}/api/reviews`, { method: "POST", headers, body }).then(async (r) => ({ status: r.status, json: (await r.json()) as { review?: { id: string } } }))));
  const ids = new Set(answers.flatMap((a) => (a.json.review ? [a.json.review.id] : [])));
  const ok = answers.filter((a) => a.status === 200).length;
  const stale = await fetch(`${server.url}/api/reviews`, {
    method: "POST",
    headers,
    body: JSON.stringify({ questionId, rating: 2, idempotencyKey: randomUUID(), expectedVersion: fixtureVersion, answer: "x", durationMs: 1000 }),
  });
  report.add("duplicate storm: 50 identical POSTs → distinct review ids (must be 1)", ids.size, "");
  report.add("duplicate storm: responses 200 (must be 50)", ok, "");
  report.add("stale version after the storm → HTTP status (must be 409)", stale.status, "");
  if (ids.size !== 1 || ok !== 50 || stale.status !== 409) throw new Error("duplicate storm / stale version check failed");
}

/**
 * Two `next start` instances on one PostgreSQL against one instance, interleaved: 50 clients on one instance,
 * then 25 + 25 on two at once (sum of both). Learners 101–150, so no card of the other runs is answered again.
 */
export async function benchTwoInstances(report: Report, one: BenchServer, two: BenchServer, opts: ReviewBenchOptions): Promise<void> {
  report.section(`Two instances on one PostgreSQL (${opts.rounds} interleaved rounds × ${opts.seconds} s, 50 clients in all)`);
  const cookies: string[] = [];
  for (let i = 101; i <= 150; i++) cookies.push(await signIn(one.url, benchEmail(i), BENCH_PASSWORD));
  const version = () => opts.fixtureVersion;
  const cursor: Cursor = new Map();
  const rates: Record<"noop1" | "noop2" | "review1" | "review2", number[]> = { noop1: [], noop2: [], review1: [], review2: [] };
  const summaries: string[] = [];
  await run(two, cookies, "noop", { connections: 10, duration: 2 }, new Map(), version, opts.questions);
  await run(two, cookies.slice(0, 10), "review", { connections: 10, duration: 2 }, cursor, version, opts.questions);
  const both = async (target: Target) => {
    const [a, b] = await Promise.all([
      run(one, cookies.slice(0, 25), target, { connections: 25, duration: opts.seconds }, target === "review" ? cursor : new Map(), version, opts.questions),
      run(two, cookies.slice(25), target, { connections: 25, duration: opts.seconds }, target === "review" ? cursor : new Map(), version, opts.questions),
    ]);
    summaries.push(`${target} on two: ${statusSummary(a)} + ${statusSummary(b)}`);
    return a.requests.average + b.requests.average;
  };
  for (let r = 0; r < opts.rounds; r++) {
    const noop1 = await run(one, cookies, "noop", { connections: 50, duration: opts.seconds }, new Map(), version, opts.questions);
    rates.noop1.push(noop1.requests.average);
    rates.noop2.push(await both("noop"));
    const review1 = await run(one, cookies, "review", { connections: 50, duration: opts.seconds }, cursor, version, opts.questions);
    summaries.push(`review on one: ${statusSummary(review1)}`);
    rates.review1.push(review1.requests.average);
    rates.review2.push(await both("review"));
    report.note(`round ${r + 1}: no-op ${rates.noop1[r]!.toFixed(0)} → ${rates.noop2[r]!.toFixed(0)}, review ${rates.review1[r]!.toFixed(0)} → ${rates.review2[r]!.toFixed(0)} req/s (one → two instances)`);
  }
  const ratio = (a: number[], b: number[]) => a.map((x, i) => x / b[i]!);
  report.add("signed-in no-op, one instance: median", median(rates.noop1), "req/s");
  report.add("signed-in no-op, two instances: median (sum)", median(rates.noop2), "req/s");
  report.add("review POST, one instance: median", median(rates.review1), "req/s");
  report.add("review POST, two instances: median (sum)", median(rates.review2), "req/s");
  report.add("two / one instance, review POST, median of rounds", median(ratio(rates.review2, rates.review1)), "x");
  report.note(`  per round ${spread(ratio(rates.review2, rates.review1))}; no-op two / one ${median(ratio(rates.noop2, rates.noop1)).toFixed(2)} (${spread(ratio(rates.noop2, rates.noop1))})`);
  // Only runs with a failed request are worth a line.
  for (const s of summaries.filter((x) => /[1-9]\d* (non-2xx|errors|timeouts)/.test(x))) report.note(`  ${s}`);
}
