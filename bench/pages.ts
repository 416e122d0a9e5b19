import { BENCH_CLASS_ID, BENCH_INSTRUCTOR, BENCH_PASSWORD, benchEmail } from "./fixtures/build-learning-db";
import { signIn, timeGets, type BenchServer } from "./support/server";
import { median, percentile, type Report } from "./support/stats";

/**
 * Page render time over HTTP on loopback (server time plus a negligible transfer), 20 loads each,
 * against the catalogue page in the same run as the baseline.
 */
export async function benchPages(report: Report, server: BenchServer, which: "stats" | "dashboard", learnerIndex: number): Promise<void> {
  const loads = 20;
  if (which === "stats") {
    report.section(`Statistics page (learner with 50,000 reviews; ${loads} loads)`);
    const cookie = await signIn(server.url, benchEmail(learnerIndex), BENCH_PASSWORD);
    const base = await timeGets(`${server.url}/decks/bench-deck`, cookie, loads);
    report.add("baseline: deck page (500 questions) p50", median(base), "ms");
    const stats = await timeGets(`${server.url}/progress`, cookie, loads);
    report.add("/progress p50 (target < 200 ms)", median(stats), "ms");
    report.add("/progress p99", percentile(stats, 99), "ms");
    return;
  }
  report.section(`Instructor dashboard (1,000 learners × 300 questions; ${loads} loads)`);
  const cookie = await signIn(server.url, BENCH_INSTRUCTOR, BENCH_PASSWORD);
  const base = await timeGets(`${server.url}/instructor`, cookie, loads);
  report.add("baseline: /instructor home p50", median(base), "ms");
  const classView = await timeGets(`${server.url}/instructor/classes/${BENCH_CLASS_ID}/progress`, cookie, loads);
  report.add("class progress view p50 (target < 300 ms)", median(classView), "ms");
  report.add("class progress view p99", percentile(classView, 99), "ms");
  const questionView = await timeGets(`${server.url}/instructor/classes/${BENCH_CLASS_ID}/questions`, cookie, loads);
  report.add("per-question view p50 (target < 300 ms)", median(questionView), "ms");
  report.add("per-question view p99", percentile(questionView, 99), "ms");
}
