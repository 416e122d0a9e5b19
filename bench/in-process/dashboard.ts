// Server time of the instructor dashboard's data reads, in-process on the 9M-row fixture.
import { loadViewerByUserId } from "@/lib/server/auth/load-viewer";
import { getClassProgress } from "@/lib/server/classes/get-class-progress";
import { getClassQuestionStats } from "@/lib/server/classes/get-class-question-stats";
import { BENCH_CLASS_ID } from "../fixtures/build-learning-db";
import { median, percentile, round, timeRuns } from "../support/stats";

async function main(): Promise<void> {
  const viewer = await loadViewerByUserId("bench-instructor");
  if (!viewer) throw new Error("fixture instructor missing");
  const { db } = await import("@/lib/server/db/client");
  const base = await timeRuns(20, () => db.enrollment.count({ where: { classId: BENCH_CLASS_ID } }), 3);
  const progress = await timeRuns(20, () => getClassProgress(viewer, BENCH_CLASS_ID), 3);
  const questions = await timeRuns(20, () => getClassQuestionStats(viewer, BENCH_CLASS_ID), 3);
  const logs = await db.reviewLog.count();
  console.log(
    JSON.stringify({
      section: `Dashboard data reads (in-process on ${process.env.DATABASE_URL?.startsWith("file:") ? "SQLite" : "PostgreSQL"}, ${logs.toLocaleString("en")} review logs; 20 runs)`,
      results: [
        { name: "baseline: count the class's enrollments p50", value: round(median(base), 3), unit: "ms" },
        { name: "class progress data p50", value: round(median(progress), 3), unit: "ms" },
        { name: "class progress data p99", value: round(percentile(progress, 99), 3), unit: "ms" },
        { name: "per-question data p50", value: round(median(questions), 3), unit: "ms" },
        { name: "per-question data p99", value: round(percentile(questions, 99), 3), unit: "ms" },
      ],
    }),
  );
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
