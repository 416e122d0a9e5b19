import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { OPTIMIZER_MIN_REVIEWS } from "@/lib/srs/fsrs-parameters";
import { countCountedReviews } from "./count-counted-reviews";
import type { OptimizerStatus } from "./optimizer-types";

/** For the account page: how many reviews count, how many are needed, and the weights in use. */
export async function getOptimizerStatus(viewer: Viewer): Promise<OptimizerStatus> {
  return { reviews: await countCountedReviews(viewer), needed: OPTIMIZER_MIN_REVIEWS, parameters: viewer.fsrsParameters ?? null };
}
