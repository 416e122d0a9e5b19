import { z } from "zod";

const id = z.string().min(1).max(64);
const tag = z.string().trim().min(1, "Enter a tag.").max(40);

/** The one definition of a bulk question operation: the action validates with it, the data layer and the workbench use its type. */
export const bulkOperationSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("approve") }),
  z.object({ type: z.literal("reject") }),
  z.object({ type: z.literal("delete") }),
  z.object({ type: z.literal("tag"), tag }),
  z.object({ type: z.literal("untag"), tag }),
  z.object({ type: z.literal("move"), targetDeckId: id }),
]);

export type BulkOperation = z.infer<typeof bulkOperationSchema>;

/** Largest selection one bulk call takes (a deck's whole question list). */
export const BULK_MAX_IDS = 5000;
