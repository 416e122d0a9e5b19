import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { iterateReviewLogs } from "@/lib/server/progress/iterate-review-logs";
import { toOptimizerSequences, type OptimizerLogRow, type OptimizerSequences } from "@/lib/srs/optimizer-items";

/**
 * The viewer's own answers that still count (reviews and quiz answers; undo rows and the answers they undid are
 * left out), read page by page, as validated optimiser sequences. Only the viewer's rows: userId is in every query.
 */
export async function loadOptimizerSequences(viewer: Viewer): Promise<OptimizerSequences> {
  const undos = await db.reviewLog.findMany({
    where: { userId: viewer.id, type: "undo", undoesLogId: { not: null } },
    select: { undoesLogId: true },
  });
  const undone = new Set(undos.map((u) => u.undoesLogId));
  const rows: OptimizerLogRow[] = [];
  for await (const page of iterateReviewLogs(viewer.id, { cardId: true, rating: true, stateBefore: true, dayKey: true }, { type: { in: ["review", "quiz"] } })) {
    for (const r of page) {
      if (!undone.has(r.id)) rows.push({ cardId: r.cardId, rating: r.rating, stateBefore: r.stateBefore, dayKey: r.dayKey, reviewedAt: r.reviewedAt });
    }
  }
  return toOptimizerSequences(rows);
}
