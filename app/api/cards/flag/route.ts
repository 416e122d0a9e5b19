import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { CARD_FLAG_COMMANDS, setCardFlag, type CardFlagCommand } from "@/lib/server/study/set-card-flag";

/** Suspend, bury, unsuspend or unbury one of the viewer's own cards (study screen keys, card page, progress page). */
export const POST = defineRoute(
  {
    access: "signed-in",
    source: "json",
    maxBodyBytes: 4 * 1024,
    schema: z.object({
      questionId: z.string().min(1).max(64),
      command: z.enum(CARD_FLAG_COMMANDS as [CardFlagCommand, ...CardFlagCommand[]]),
      expectedVersion: z.number().int().min(0).max(1_000_000_000),
    }),
  },
  async (input, viewer) => Response.json(await setCardFlag(viewer, input)),
);
