import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { saveReview } from "@/lib/server/study/save-review";

const id = z.string().min(1).max(64);

/** Saves one study answer and returns the stored review; the screen keeps its own queue (GET /api/study/next). */
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
      // Older clients sent `next: false`; the answer never carries the next card any more.
      next: z.boolean().optional(),
    }),
  },
  async ({ next: _ignored, ...input }, viewer) => Response.json(await saveReview(viewer, { ...input, type: "review" })),
);
