import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { fsrsParametersSchema } from "@/lib/srs/fsrs-parameters";

/**
 * Stores weights on the viewer's own row (validated again here: the column must never hold anything the scheduler
 * would refuse). From the next answer on they schedule the viewer's cards; cards keep their current state.
 */
export async function applyFsrsParameters(viewer: Viewer, parameters: readonly number[]): Promise<{ parameters: number[] }> {
  const valid = fsrsParametersSchema.parse(parameters);
  await db.user.update({ where: { id: viewer.id }, data: { fsrsParameters: JSON.stringify(valid) }, select: { id: true } });
  return { parameters: valid };
}
