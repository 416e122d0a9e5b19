import { randomUUID } from "node:crypto";
import autocannon, { type Result } from "autocannon";
import { BENCH_DECK_ID, BENCH_PASSWORD, benchEmail } from "./fixtures/build-learning-db";
import { signIn, type BenchServer } from "./support/server";
import type { Report } from "./support/stats";

/** "review": the study screen's save (next: false); "bundled": the same with the next card in the response; "refill": its queue read. */
type Target = "review" | "noop" | "bundled" | "refill";

/**
 * One autocannon run. Each connection is one signed-in learner who answers a different question on every
 * request (expectedVersion = the fixture card's version), so every request is a real, accepted review.
 */
async function run(server: BenchServer, cookies: string[], target: Target, options: { connections: number; duration: number; overallRate?: number }, startQuestion: number, versionOf: (q: number) => number, questions: number): Promise<Result> {
  // autocannon resets `context` before every request when the list has one request, so per-connection
  // state lives here, keyed by a connection id assigned on its first request.
  let nextConnection = 0;
  const cursor = new Map<number, number>();
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
          const step = cursor.get(learner) ?? startQuestion;
          cursor.set(learner, step + 1);
          const q = step % questions;
          const headers = { "content-type": "application/json", cookie: cookies[learner]!, origin: server.url };
          if (target === "noop") return { ...req, path: "/api/noop", headers, body: "{}" };
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
              next: target === "bundled",
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

export async function benchReviewPath(report: Report, server: BenchServer, opts: { learners: number; questions: number; fixtureVersion: number }): Promise<void> {
  report.section(`Review path (production server, ${opts.learners} learners × ${opts.questions} cards)`);
  const cookies: string[] = [];
  // Learners 0–49 drive the saturation run, 50–99 the fixed-rate run: no card is answered twice.
  for (let i = 0; i < 100; i++) cookies.push(await signIn(server.url, benchEmail(i), BENCH_PASSWORD));
  const first = cookies.slice(0, 50);
  const second = cookies.slice(50, 100);

  // Warm both routes (JIT, route compilation, statement cache).
  await run(server, first, "noop", { connections: 10, duration: 2 }, 0, () => opts.fixtureVersion, opts.questions);

  const noop = await run(server, first, "noop", { connections: 50, duration: 10 }, 0, () => opts.fixtureVersion, opts.questions);
  report.add("no-op POST: saturation throughput (50 clients)", noop.requests.average, "req/s");
  const sat = await run(server, first, "review", { connections: 50, duration: 10 }, 0, () => opts.fixtureVersion, opts.questions);
  report.add("review POST (study screen: next: false): saturation throughput", sat.requests.average, "req/s");
  report.add("review / no-op throughput ratio (target ≥ 0.6)", sat.requests.average / noop.requests.average, "x");
  // The screen's other request: one queue read (current card + 4 upcoming) per five answers.
  const refill = await run(server, first, "refill", { connections: 50, duration: 10 }, 0, () => opts.fixtureVersion, opts.questions);
  report.add("queue refill GET (5 cards): saturation throughput", refill.requests.average, "req/s");
  const perAnswerMs = 1000 / sat.requests.average + 1000 / refill.requests.average / 5;
  report.add("server time per answered card, save + 1/5 refill (at saturation)", perAnswerMs, "ms");
  // The earlier design, for comparison: the next card read inside every review response
  // (learners 0–49 again, on later questions, so these are fresh accepted reviews too).
  const bundled = await run(server, first, "bundled", { connections: 50, duration: 10 }, 250, () => opts.fixtureVersion, opts.questions);
  report.add("baseline: review POST with the next card bundled, saturation throughput", bundled.requests.average, "req/s");
  report.add("baseline: server time per answered card, bundled", 1000 / bundled.requests.average, "ms");
  report.note(`saturation runs: no-op ${statusSummary(noop)}; review ${statusSummary(sat)}; refill ${statusSummary(refill)}; bundled ${statusSummary(bundled)}`);

  const noopFixed = await run(server, second, "noop", { connections: 50, duration: 10, overallRate: 200 }, 0, () => opts.fixtureVersion, opts.questions);
  const reviewFixed = await run(server, second, "review", { connections: 50, duration: 10, overallRate: 200 }, 0, () => opts.fixtureVersion, opts.questions);
  report.add("no-op POST at 200 req/s: p50 latency", noopFixed.latency.p50, "ms");
  report.add("no-op POST at 200 req/s: p99 latency", noopFixed.latency.p99, "ms");
  report.add("review POST at 200 req/s: p50 latency", reviewFixed.latency.p50, "ms");
  report.add("review POST at 200 req/s: p99 latency", reviewFixed.latency.p99, "ms");
  report.add("review / no-op p50 latency ratio at 200 req/s (target ≤ 2)", reviewFixed.latency.p50 / Math.max(0.001, noopFixed.latency.p50), "x");
  report.note(`fixed-rate runs: no-op ${statusSummary(noopFixed)}; review ${statusSummary(reviewFixed)}`);
}
