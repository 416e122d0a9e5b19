import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { undoLastReview } from "@/lib/server/study/undo-last-review";

/** Undoes the viewer's latest review (idempotent per log). */
export const POST = defineRoute(
  { access: "signed-in", source: "json", maxBodyBytes: 4 * 1024, schema: z.object({ logId: z.string().min(1).max(64) }) },
  async (input, viewer) => Response.json(await undoLastReview(viewer, input.logId)),
);
