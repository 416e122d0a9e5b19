import { z } from "zod";
import { streamReviewsCsv } from "@/lib/server/progress/stream-reviews-csv";
import { defineRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** The signed-in learner's reviews in the FSRS optimizer's CSV format (download). */
export const GET = defineRoute({ access: "signed-in", schema: z.object({}), source: "query" }, async (_input, viewer) => {
  return new Response(streamReviewsCsv(viewer), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="briefdeck-reviews.csv"',
      "cache-control": "no-store",
    },
  });
});
