import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { getCardState } from "@/lib/server/study/get-card-state";

/** The viewer's own scheduling state for one question. */
export const GET = defineRoute(
  { access: "signed-in", source: "query", schema: z.object({ questionId: z.string().min(1).max(64) }) },
  async (input, viewer) => Response.json(await getCardState(viewer, input.questionId), { headers: { "cache-control": "no-store" } }),
);
