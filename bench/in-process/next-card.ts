// Server time of the study screen's next-card read, in-process on the fixture database.
import { loadViewerByUserId } from "@/lib/server/auth/load-viewer";
import { getNextStudyCard } from "@/lib/server/study/get-next-study-card";
import { median, percentile, round, timeRuns } from "../support/stats";

async function main(): Promise<void> {
  const viewer = await loadViewerByUserId("bench-u120");
  if (!viewer) throw new Error("fixture learner missing");
  // Baseline in the same run: the cheapest indexed read of the same table.
  const { db } = await import("@/lib/server/db/client");
  const base = await timeRuns(200, () => db.card.findFirst({ where: { userId: viewer.id }, select: { id: true } }), 20);
  const times = await timeRuns(200, () => getNextStudyCard(viewer, "bench-deck"), 20);
  console.log(
    JSON.stringify({
      section: "Next-card read (in-process, learner with 500 cards × 20 reviews, 2M-row log; 200 runs)",
      results: [
        { name: "baseline: one indexed Card lookup p50", value: round(median(base), 3), unit: "ms" },
        { name: "next-card read p50 (target < 5 ms)", value: round(median(times), 3), unit: "ms" },
        { name: "next-card read p99", value: round(percentile(times, 99), 3), unit: "ms" },
      ],
    }),
  );
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
