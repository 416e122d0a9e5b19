import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { getNextStudyCard } from "@/lib/server/study/get-next-study-card";
import { saveReview } from "@/lib/server/study/save-review";
import { median, percentile, timeRuns } from "@/bench/support/stats";

// Not a test: a timing tool for the study read/write path on a bench fixture database. Run with
//   DATABASE_URL=file:<fixture.db> NODE_ENV=production tsx --conditions=react-server bench/measure-review-path.ts
// (fixture: bench/fixtures/build-learning-db.ts with ≥ 52 learners × 500 questions × 20 reviews).
async function loadViewerByUserId(id: string): Promise<Viewer | null> {
  const u = await db.user.findUnique({ where: { id } });
  return u ? { ...u, role: "learner", fsrsParameters: null } : null;
}

async function main() {
  const viewer = await loadViewerByUserId("bench-u1");
  if (!viewer) throw new Error("no viewer");
  console.log("logs for learner", await db.reviewLog.count({ where: { userId: viewer.id } }), "cards", await db.card.count({ where: { userId: viewer.id } }));
  const base = await timeRuns(200, () => db.card.findFirst({ where: { userId: viewer.id }, select: { id: true } }), 20);
  const t = await timeRuns(200, () => getNextStudyCard(viewer, "bench-deck"), 20);
  console.log("baseline p50", median(base).toFixed(3), "next-card p50", median(t).toFixed(3), "p99", percentile(t, 99).toFixed(3));
  let q = 0;
  const viewers: Viewer[] = [];
  for (let i = 2; i < 52; i++) viewers.push((await loadViewerByUserId(`bench-u${i}`)) as Viewer);
  const s = await timeRuns(300, async () => {
    const v = viewers[q % 50] as Viewer;
    const qi = Math.floor(q / 50);
    q++;
    await saveReview(v, { questionId: `bq${qi}`, rating: 3, idempotencyKey: randomUUID(), expectedVersion: 20, answer: `Answer ${qi}`, durationMs: 4200 });
  }, 0);
  console.log("saveReview (incl. next card) p50", median(s).toFixed(3), "p99", percentile(s, 99).toFixed(3));
  // Concurrency: 50 in flight
  const started = performance.now();
  let done = 0;
  await Promise.all(viewers.map(async (v) => {
    for (let k = 0; k < 10; k++) {
      const qi = 100 + k;
      await saveReview(v, { questionId: `bq${qi}`, rating: 3, idempotencyKey: randomUUID(), expectedVersion: 20, answer: "x", durationMs: 4200 });
      done++;
    }
  }));
  console.log("concurrent saveReview throughput", (done / ((performance.now() - started) / 1000)).toFixed(0), "req/s");
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
