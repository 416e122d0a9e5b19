import { beforeAll, describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { applyFsrsParametersAction, optimizeScheduleAction, resetFsrsParametersAction } from "@/app/account/actions";
import { loadViewerByUserId, type Viewer } from "@/lib/server/auth/load-viewer";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { optimizeSchedule } from "@/lib/server/optimizer/optimize-schedule";
import type { OptimizationOutcome } from "@/lib/server/optimizer/optimizer-types";
import { runOptimizerProcess } from "@/lib/server/optimizer/run-optimizer-process";
import { signOptimizerProposal } from "@/lib/server/optimizer/sign-optimizer-proposal";
import { saveReview } from "@/lib/server/study/save-review";
import { undoLastReview } from "@/lib/server/study/undo-last-review";
import { toSrsCard } from "@/lib/server/study/card-row";
import { CARD_SCHEDULING_SELECT } from "@/lib/server/study/card-row";
import { DEFAULT_FSRS_PARAMETERS } from "@/lib/srs/fsrs-parameters";
import { expandOptimizerItems, toOptimizerSequences } from "@/lib/srs/optimizer-items";
import { createDeck, createViewer, flashcards } from "../study/fixtures";
import { insertHistory } from "./insert-history";
import { syntheticHistory } from "./synthetic-history";

let deckId = "";
let questionIds: string[] = [];
let owner: Viewer;

async function reload(viewer: Viewer): Promise<Viewer> {
  return (await loadViewerByUserId(viewer.id))!;
}

/** Test setup: the learner is scheduled with `parameters` (as if they had applied a proposal with them). */
async function useOwnParameters(userId: string, parameters: number[]): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { fsrsParameters: JSON.stringify(parameters) } });
}

async function storedParameters(userId: string): Promise<string | null> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { fsrsParameters: true } })).fsrsParameters;
}

/** A learner with a synthetic history of about `reviews` answers (seeded), written into their log. */
async function learnerWithHistory(reviews: number, seed = 7): Promise<Viewer> {
  const viewer = await createViewer();
  await insertHistory(viewer.id, questionIds[0]!, deckId, syntheticHistory({ seed, targetReviews: reviews }));
  return reloadOrSelf(viewer);
}

async function reloadOrSelf(viewer: Viewer): Promise<Viewer> {
  return (await loadViewerByUserId(viewer.id)) ?? viewer;
}

function proposal(outcome: OptimizationOutcome) {
  if (outcome.kind !== "proposal") throw new Error(`expected a proposal, got ${outcome.kind}`);
  return outcome;
}

beforeAll(async () => {
  owner = await createViewer({ role: "instructor" });
  ({ deckId, questionIds } = await createDeck(owner.id, flashcards(3)));
});

describe("optimising a learner's schedule", () => {
  it("fits a synthetic learner with known weights better than the defaults do (real child process, real fsrs-rs)", async () => {
    const rows = syntheticHistory({ seed: 11, targetReviews: 3000 });
    const items = expandOptimizerItems(toOptimizerSequences(rows).sequences);
    const result = await runOptimizerProcess({ items, defaultParameters: [...DEFAULT_FSRS_PARAMETERS], currentParameters: [...DEFAULT_FSRS_PARAMETERS] });
    expect(result.parameters).toHaveLength(21);
    expect(result.proposed.logLoss).toBeLessThan(result.defaults.logLoss);
    expect(result.proposed.rmse).toBeLessThan(result.defaults.rmse);
    // Evaluating the defaults twice the same way gives the same score: the comparison is like for like.
    expect(result.current.logLoss).toBeCloseTo(result.defaults.logLoss, 5);
    expect(result.current.rmse).toBeCloseTo(result.defaults.rmse, 5);
  }, 60_000);

  it("through the request core: proposes, shows both scores, stores nothing until applied; apply and reset change only the caller", async () => {
    const learner = await learnerWithHistory(1200);
    const other = await learnerWithHistory(500, 8);
    const outcome = await optimizeScheduleAction.runAs(learner, {});
    expect(outcome.ok).toBe(true);
    const p = proposal((outcome as { ok: true; data: OptimizationOutcome }).data);
    expect(p.reviews).toBeGreaterThanOrEqual(1200);
    expect(p.proposed.logLoss).toBeLessThan(p.defaults.logLoss);
    expect(p.better).toBe(true);
    expect(await storedParameters(learner.id)).toBeNull();

    const applied = await applyFsrsParametersAction.runAs(learner, { parameters: p.parameters, proposal: p.token });
    expect(applied.ok).toBe(true);
    expect(JSON.parse((await storedParameters(learner.id))!)).toEqual(p.parameters);
    expect((await reload(learner)).fsrsParameters).toEqual(p.parameters);
    expect(await storedParameters(other.id)).toBeNull();

    const reset = await resetFsrsParametersAction.runAs(learner, {});
    expect(reset.ok).toBe(true);
    expect(await storedParameters(learner.id)).toBeNull();
    expect((await reload(learner)).fsrsParameters).toBeNull();
  }, 60_000);

  it("applies only a better proposal made for the caller: not better, altered, someone else's or stale is refused, changing nothing", async () => {
    const learner = await learnerWithHistory(1200, 12);
    const other = await learnerWithHistory(500, 13);
    const first = proposal((await optimizeScheduleAction.runAs(learner, {}) as { ok: true; data: OptimizationOutcome }).data);
    expect(first.better).toBe(true);

    const refused = async (viewer: Viewer, input: unknown, status: number, message: RegExp) => {
      const before = await Promise.all([storedParameters(learner.id), storedParameters(other.id)]);
      const result = await applyFsrsParametersAction.runAs(viewer, input);
      expect(result).toMatchObject({ ok: false, status });
      expect((result as { error: string }).error).toMatch(message);
      expect(await Promise.all([storedParameters(learner.id), storedParameters(other.id)])).toEqual(before);
    };
    const [body, signature] = first.token.split(".");
    const claims = JSON.parse(Buffer.from(body!, "base64url").toString("utf8"));
    const forged = Buffer.from(JSON.stringify({ ...claims, proposedLogLoss: 0 })).toString("base64url");
    // Other weights than the proposal's; claims altered; a signature not made here; someone else applying it.
    const notAProposal = /not a proposal the optimiser made for you.*not changed/;
    await refused(learner, { parameters: [...default_w], proposal: first.token }, 422, notAProposal);
    await refused(learner, { parameters: first.parameters, proposal: `${forged}.${signature}` }, 422, notAProposal);
    await refused(learner, { parameters: first.parameters, proposal: `${body}.${"A".repeat(signature!.length)}` }, 422, notAProposal);
    await refused(other, { parameters: first.parameters, proposal: first.token }, 422, notAProposal);
    const old = signOptimizerProposal({ ...claims, issuedAt: Date.now() - 25 * 3_600_000 });
    await refused(learner, { parameters: first.parameters, proposal: old }, 422, /more than a day old/);

    expect(await applyFsrsParametersAction.runAs(learner, { parameters: first.parameters, proposal: first.token })).toMatchObject({ ok: true });
    // Scored against the defaults, which are no longer what the learner uses: stale.
    await refused(await reload(learner), { parameters: first.parameters, proposal: first.token }, 409, /changed after this proposal was made/);

    // Optimising again on the same history fits the same weights: they do not predict better than themselves.
    const again = proposal((await optimizeScheduleAction.runAs(await reload(learner), {}) as { ok: true; data: OptimizationOutcome }).data);
    expect(again.proposed.logLoss).toBeGreaterThanOrEqual(again.current.logLoss);
    expect(again.better).toBe(false);
    await refused(await reload(learner), { parameters: again.parameters, proposal: again.token }, 422, /already predicts your answers better.*nothing to apply.*not changed/);
    expect(JSON.parse((await storedParameters(learner.id))!)).toEqual(first.parameters);
  }, 120_000);

  it("refuses parameters that are not 21 finite numbers inside ts-fsrs' ranges, changing nothing", async () => {
    const learner = await createViewer();
    for (const parameters of [default_w.slice(0, 19), [...default_w.slice(0, 20), Number.NaN], [...default_w.slice(0, 20), 9], "1,2,3", null]) {
      const result = await applyFsrsParametersAction.runAs(learner, { parameters, proposal: "a.b" });
      expect(result).toMatchObject({ ok: false, status: 422 });
    }
    expect(await storedParameters(learner.id)).toBeNull();
  });

  it("says how many reviews are needed below 400, without running the optimiser", async () => {
    const learner = await learnerWithHistory(120);
    const outcome = await optimizeScheduleAction.runAs(learner, {});
    expect(outcome).toMatchObject({ ok: true, data: { kind: "too-few", needed: 400 } });
  });

  it("counts only answers that stand: undone answers and undo rows are left out", async () => {
    const learner = await createViewer();
    const rows = syntheticHistory({ seed: 3, targetReviews: 450 });
    const ids = await insertHistory(learner.id, questionIds[0]!, deckId, rows);
    // Undo the latest answers until 390 stand, under the threshold.
    expect(rows.length).toBeGreaterThanOrEqual(450);
    const undone = ids.slice(390);
    await db.reviewLog.createMany({
      data: undone.map((logId, i) => ({
        idempotencyKey: `undo:${logId}`, userId: learner.id, questionId: questionIds[0]!, cardId: `undo-${i}`, deckId, type: "undo", undoesLogId: logId,
        rating: 0, stateBefore: 2, state: 2, due: new Date(), stability: 1, difficulty: 5, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0,
        learningSteps: 0, cardVersion: 0, reviewedAt: new Date(), dayKey: "2025-06-01",
      })),
    });
    const outcome = await optimizeScheduleAction.runAs(learner, {});
    expect(outcome).toMatchObject({ ok: true, data: { kind: "too-few", reviews: 390 } });
  });

  it("survives a history full of what would abort fsrs-rs (same-day-only cards, bad ratings, headless cards): they are left out", async () => {
    const learner = await learnerWithHistory(600, 5);
    const day = "2025-03-01";
    const at = (m: number) => new Date(Date.parse(`${day}T10:00:00Z`) + m * 60_000);
    await insertHistory(learner.id, questionIds[1]!, deckId, [
      // Only same-day answers: an item with no positive interval.
      ...Array.from({ length: 30 }, (_, i) => [
        { cardId: `same-${i}`, rating: 1, stateBefore: 0, dayKey: day, reviewedAt: at(i * 3) },
        { cardId: `same-${i}`, rating: 3, stateBefore: 1, dayKey: day, reviewedAt: at(i * 3 + 1) },
      ]).flat(),
      { cardId: "rating-zero", rating: 3, stateBefore: 0, dayKey: day, reviewedAt: at(200) },
      { cardId: "rating-zero", rating: 0, stateBefore: 2, dayKey: "2025-03-04", reviewedAt: at(5000) },
      { cardId: "rating-nine", rating: 3, stateBefore: 0, dayKey: day, reviewedAt: at(201) },
      { cardId: "rating-nine", rating: 9, stateBefore: 2, dayKey: "2025-03-05", reviewedAt: at(6000) },
      { cardId: "headless", rating: 3, stateBefore: 2, dayKey: day, reviewedAt: at(202) },
      { cardId: "headless", rating: 3, stateBefore: 2, dayKey: "2025-03-09", reviewedAt: at(9000) },
    ]);
    const outcome = await optimizeScheduleAction.runAs(learner, {});
    expect(outcome.ok).toBe(true);
    expect(proposal((outcome as { ok: true; data: OptimizationOutcome }).data).parameters).toHaveLength(21);
  }, 60_000);

  it("an item that aborts fsrs-rs kills only the child: a clear error, this process (the server) carries on", async () => {
    const failure = await runOptimizerProcess({
      items: [[[3, 0], [3, 0]], ...Array.from({ length: 20 }, () => [[3, 0], [3, 2]] as [number, number][])],
      defaultParameters: [...DEFAULT_FSRS_PARAMETERS],
      currentParameters: [...DEFAULT_FSRS_PARAMETERS],
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).status).toBe(422);
    expect((failure as AppError).message).toMatch(/stopped unexpectedly.*Your schedule was not changed/s);
    expect((failure as AppError).message).toMatch(/delta_t > 0/);
    // Still serving: the same request core answers the next call.
    const learner = await learnerWithHistory(120);
    expect(await optimizeScheduleAction.runAs(learner, {})).toMatchObject({ ok: true, data: { kind: "too-few" } });
  }, 60_000);

  it("a run past its time limit is stopped with a clear message; the learner's parameters stay as they were and they may try again", async () => {
    const learner = await learnerWithHistory(800, 9);
    const mine = [...default_w.slice(0, 20), 0.3];
    await useOwnParameters(learner.id, mine);
    const viewer = await reload(learner);
    const failure = await optimizeSchedule(viewer, { timeLimitMs: 50 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toMatch(/took longer than .* so it was stopped\. Your schedule was not changed\./);
    expect(JSON.parse((await storedParameters(learner.id))!)).toEqual(mine);
    // The one-at-a-time point was given back.
    expect(proposal(await optimizeSchedule(viewer)).current.logLoss).toBeGreaterThan(0);
  }, 60_000);

  it("a run over its memory limit is stopped with a clear message", async () => {
    const rows = syntheticHistory({ seed: 2, targetReviews: 1000 });
    const items = expandOptimizerItems(toOptimizerSequences(rows).sequences);
    const failure = await runOptimizerProcess(
      { items, defaultParameters: [...DEFAULT_FSRS_PARAMETERS], currentParameters: [...DEFAULT_FSRS_PARAMETERS] },
      { rssLimitMb: 20 },
    ).catch((error: unknown) => error);
    expect((failure as AppError).message).toMatch(/more than 20 MB of memory/);
  }, 60_000);

  it("runs one optimisation at a time per learner", async () => {
    const learner = await learnerWithHistory(800, 10);
    const [a, b] = await Promise.all([optimizeScheduleAction.runAs(learner, {}), optimizeScheduleAction.runAs(learner, {})]);
    const statuses = [a, b].map((r) => (r.ok ? 200 : r.status)).sort();
    expect(statuses).toEqual([200, 429]);
  }, 60_000);
});

describe("scheduling with the learner's own parameters", () => {
  const own = [0.5, 1.4, 3.9, 12.0, 7.1, 0.6, 2.2, 0.01, 1.6, 0.1, 1.0, 1.8, 0.11, 0.3, 2.3, 0.2, 3.0, 0.6, 0.3, 0.15, 0.3];

  async function answerTwice(viewer: Viewer, questionId: string) {
    const first = await saveReview(viewer, { questionId, rating: 3, idempotencyKey: crypto.randomUUID(), expectedVersion: 0, durationMs: 1000 });
    const card = await db.card.findFirstOrThrow({ where: { userId: viewer.id, questionId }, select: CARD_SCHEDULING_SELECT });
    return { first, card: toSrsCard(card) };
  }

  it("a learner who never optimised is scheduled exactly as before (no weights), one who applied weights with them", async () => {
    const plain = await reload(await createViewer());
    expect(plain.fsrsParameters).toBeNull();
    const tuned = await createViewer();
    await useOwnParameters(tuned.id, own);
    const tunedViewer = await reload(tuned);
    expect(tunedViewer.fsrsParameters).toEqual(own);

    const { applyRating } = await import("@/lib/srs/next-states");
    const { createNewCard } = await import("@/lib/srs/card");
    const { studyCardId } = await import("@/lib/server/study/study-card-id");
    for (const [viewer, weights] of [[plain, undefined], [tunedViewer, own]] as const) {
      const { card } = await answerTwice(viewer, questionIds[2]!);
      const at = card.lastReview!;
      const expected = applyRating(
        { card: createNewCard(at), cardId: studyCardId(viewer.id, questionIds[2]!), now: at, settings: { desiredRetention: 0.9, maximumInterval: 36500, ...(weights ? { weights } : {}) } },
        "good",
      ).card;
      expect(card.stability).toBeCloseTo(expected.stability, 10);
      expect(card.difficulty).toBeCloseTo(expected.difficulty, 10);
      expect(card.due.getTime()).toBe(expected.due.getTime());
    }
    const plainCard = await db.card.findFirstOrThrow({ where: { userId: plain.id }, select: { stability: true } });
    const tunedCard = await db.card.findFirstOrThrow({ where: { userId: tunedViewer.id }, select: { stability: true } });
    expect(plainCard.stability).toBeCloseTo(default_w[2]!, 4);
    expect(tunedCard.stability).toBeCloseTo(own[2]!, 4);
  });

  it("undo after an answer scheduled with the learner's weights restores the card exactly", async () => {
    const tuned = await createViewer();
    await useOwnParameters(tuned.id, own);
    const viewer = await reload(tuned);
    await saveReview(viewer, { questionId: questionIds[0]!, rating: 3, idempotencyKey: crypto.randomUUID(), expectedVersion: 0, durationMs: 1000 });
    const before = await db.card.findFirstOrThrow({ where: { userId: viewer.id }, select: CARD_SCHEDULING_SELECT });
    const saved = await saveReview(viewer, { questionId: questionIds[0]!, rating: 1, idempotencyKey: crypto.randomUUID(), expectedVersion: 1, durationMs: 1000 });
    await undoLastReview(viewer, saved.review.logId);
    const after = await db.card.findFirstOrThrow({ where: { userId: viewer.id }, select: CARD_SCHEDULING_SELECT });
    expect({ ...after, version: 0 }).toEqual({ ...before, version: 0 });
  });
});
