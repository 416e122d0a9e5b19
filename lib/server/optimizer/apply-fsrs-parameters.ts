import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { conflict, invalid } from "@/lib/server/errors";
import { fsrsParametersSchema } from "@/lib/srs/fsrs-parameters";
import { readOptimizerProposal } from "./read-optimizer-proposal";

/** A proposal is applied within a day of being made, or made again on the history as it is then. */
export const PROPOSAL_TTL_MS = 24 * 3_600_000;

const UNCHANGED = "Your schedule was not changed.";

/**
 * Stores the weights of a proposal optimizeSchedule made for this viewer (its signed token) on the viewer's own
 * row, and only when the proposal predicts their answers better than the weights in use when it was made: the
 * page withholds Apply otherwise, and this refuses it for any other client. Validated again here (the column must
 * never hold anything the scheduler would refuse). The update is conditional on the weights the proposal was
 * scored against still being the ones stored, so a proposal made stale by another apply or a reset changes
 * nothing. From the next answer on they schedule the viewer's cards; cards keep their current state.
 */
export async function applyFsrsParameters(viewer: Viewer, input: { parameters: readonly number[]; proposal: string }): Promise<{ parameters: number[] }> {
  const valid = fsrsParametersSchema.parse(input.parameters);
  const claims = readOptimizerProposal(input.proposal);
  if (!claims || claims.userId !== viewer.id || !isDeepStrictEqual(claims.parameters, valid)) {
    throw invalid(`These parameters are not a proposal the optimiser made for you. Optimise again to get one. ${UNCHANGED}`);
  }
  if (!(claims.proposedLogLoss < claims.currentLogLoss)) {
    throw invalid(`Your current schedule already predicts your answers better than this proposal, so there is nothing to apply. ${UNCHANGED}`);
  }
  if (Date.now() - claims.issuedAt > PROPOSAL_TTL_MS) throw invalid(`This proposal is more than a day old. Optimise again. ${UNCHANGED}`);
  const against = claims.against ? JSON.stringify(claims.against) : null;
  const { count } = await db.user.updateMany({ where: { id: viewer.id, fsrsParameters: against }, data: { fsrsParameters: JSON.stringify(valid) } });
  if (count === 0) throw conflict(`Your parameters changed after this proposal was made. Optimise again. ${UNCHANGED}`);
  return { parameters: valid };
}
