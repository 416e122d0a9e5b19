import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { getNextStudyCard } from "@/lib/server/study/get-next-study-card";

/**
 * The next cards of a deck: the study screen refills its queue here, and reloads after a stale-tab
 * conflict. `after` is the question just answered, kept off the front when anything else is due; `prefer` is a
 * card the learner just brought back (undoing a suspend or bury), shown first when it is in today's queue.
 */
export const GET = defineRoute(
  { access: "signed-in", source: "query", schema: z.object({ deckId: z.string().min(1).max(64), after: z.string().min(1).max(64).optional(), prefer: z.string().min(1).max(64).optional() }) },
  async (input, viewer) => Response.json(await getNextStudyCard(viewer, input.deckId, input.after, input.prefer), { headers: { "cache-control": "no-store" } }),
);
