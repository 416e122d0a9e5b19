import { z } from "zod";
import { streamReviewsJson } from "@/lib/server/progress/stream-reviews-json";
import { defineRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** All of the signed-in learner's study data (settings, card states, review log) as JSON (download). */
export const GET = defineRoute({ access: "signed-in", schema: z.object({}), source: "query" }, async (_input, viewer) => {
  return new Response(streamReviewsJson(viewer), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="briefdeck-reviews.json"',
      "cache-control": "no-store",
    },
  });
});
