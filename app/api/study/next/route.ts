import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { getNextStudyCard } from "@/lib/server/study/get-next-study-card";

/** The next card of a deck (used to reload after a stale-tab conflict). */
export const GET = defineRoute(
  { access: "signed-in", source: "query", schema: z.object({ deckId: z.string().min(1).max(64) }) },
  async (input, viewer) => Response.json(await getNextStudyCard(viewer, input.deckId), { headers: { "cache-control": "no-store" } }),
);
