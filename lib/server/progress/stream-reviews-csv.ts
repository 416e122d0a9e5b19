import "server-only";
import { csvRow } from "@/lib/csv/write-csv";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { iterateReviewLogs } from "./iterate-review-logs";

/** Exactly the header the FSRS optimizer reads. */
export const OPTIMIZER_CSV_HEADER = "card_id,review_time,review_rating,review_state,review_duration";


/**
 * The viewer's reviews as FSRS-optimizer CSV, streamed page by page: one row per answer that
 * still counts (review or quiz-as-review), rating 1–4, state before the review, duration in ms.
 * Undo rows and the answers they undid are left out: the optimizer must only see history that stands.
 */
export function streamReviewsCsv(viewer: Viewer): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pages: AsyncGenerator<{ cardId: string; reviewedAt: Date; rating: number; stateBefore: number; durationMs: number; id: string }[]> | null = null;
  let undone: Set<string> | null = null;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const undos = await db.reviewLog.findMany({
        where: { userId: viewer.id, type: "undo", undoesLogId: { not: null } },
        select: { undoesLogId: true },
      });
      undone = new Set(undos.map((u) => u.undoesLogId).filter((id): id is string => id !== null));
      pages = iterateReviewLogs(
        viewer.id,
        { cardId: true, rating: true, stateBefore: true, durationMs: true },
        { type: { in: ["review", "quiz"] }, rating: { gte: 1, lte: 4 } },
      );
      controller.enqueue(encoder.encode(OPTIMIZER_CSV_HEADER + "\n"));
    },
    async pull(controller) {
      const next = await pages?.next();
      if (!next || next.done) {
        controller.close();
        return;
      }
      let chunk = "";
      for (const r of next.value) {
        if (undone?.has(r.id)) continue;
        chunk += csvRow([r.cardId, r.reviewedAt.getTime(), r.rating, r.stateBefore, Math.max(0, r.durationMs)]) + "\n";
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await pages?.return(undefined);
    },
  });
}
