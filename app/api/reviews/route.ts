import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { saveReview } from "@/lib/server/study/save-review";

const id = z.string().min(1).max(64);

/**
 * Saves one study answer; one round trip returns the new card state and the next card.
 * `next: false` skips the next-card read for clients that keep their own queue.
 */
export const POST = defineRoute(
  {
    access: "signed-in",
    source: "json",
    maxBodyBytes: 16 * 1024,
    schema: z.object({
      questionId: id,
      rating: z.number().int().min(1).max(4),
      idempotencyKey: z.string().min(8).max(64),
      expectedVersion: z.number().int().min(0).max(1_000_000_000),
      answer: z.string().max(500).nullish(),
      durationMs: z.number().int().min(0).max(86_400_000),
      next: z.boolean().optional(),
    }),
  },
  async ({ next, ...input }, viewer) => Response.json(await saveReview(viewer, { ...input, type: "review" }, { includeNext: next ?? true })),
);
