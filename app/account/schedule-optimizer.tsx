"use client";

import { Button } from "@/components/ui/button";
import type { OptimizerEvaluation } from "@/lib/server/optimizer/optimizer-types";
import { FormAlert } from "../(auth)/form-alert";
import { useScheduleOptimizer, type Proposal } from "./use-schedule-optimizer";

const number = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const metric = (value: number) => value.toFixed(4);

/** Lower is better for both scores; the change is shown as a relative difference against the defaults. */
function change(proposed: number, baseline: number): string {
  if (!(baseline > 0)) return "—";
  const pct = ((proposed - baseline) / baseline) * 100;
  return `${pct > 0 ? "+" : pct < 0 ? "−" : "±"}${Math.abs(pct).toFixed(1)}%`;
}

function Row({ label, values }: { label: string; values: OptimizerEvaluation }) {
  return (
    <tr className="border-t border-slate-200 dark:border-slate-700">
      <th scope="row" className="py-2 pr-4 text-left font-medium">{label}</th>
      <td className="py-2 pr-4 text-right tabular-nums">{metric(values.logLoss)}</td>
      <td className="py-2 text-right tabular-nums">{metric(values.rmse)}</td>
    </tr>
  );
}

function Comparison({ proposal, usingOwn }: { proposal: Proposal; usingOwn: boolean }) {
  return (
    <div className="space-y-3" data-testid="optimizer-comparison">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Fitted to {number.format(proposal.reviews)} reviews. Scored on the {number.format(proposal.scoredItems)} answers you gave a day or more
        after the previous one: how well each set of parameters predicted whether you remembered. Lower is better.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Prediction error of the default and the proposed parameters on your own reviews</caption>
          <thead>
            <tr className="text-slate-600 dark:text-slate-400">
              <th scope="col" className="py-1 pr-4 text-left font-medium">Parameters</th>
              <th scope="col" className="py-1 pr-4 text-right font-medium">Log loss</th>
              <th scope="col" className="py-1 text-right font-medium">RMSE</th>
            </tr>
          </thead>
          <tbody>
            <Row label="Default" values={proposal.defaults} />
            {usingOwn ? <Row label="Yours now" values={proposal.current} /> : null}
            <Row label="Proposed" values={proposal.proposed} />
          </tbody>
        </table>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Against the defaults: log loss {change(proposal.proposed.logLoss, proposal.defaults.logLoss)}, RMSE {change(proposal.proposed.rmse, proposal.defaults.rmse)}.
      </p>
      {proposal.better ? null : (
        <p role="status" className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Your current schedule already predicts your answers better than this proposal, so there is nothing to apply.
        </p>
      )}
    </div>
  );
}

export function ScheduleOptimizer({ reviews, needed, parameters: initial }: { reviews: number; needed: number; parameters: number[] | null }) {
  const { parameters, proposal, message, busy, optimise, apply, reset, discard } = useScheduleOptimizer({ parameters: initial });
  const enough = reviews >= needed;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        You have <strong data-testid="review-count">{number.format(reviews)}</strong> reviews.{" "}
        {parameters ? "Your schedule uses parameters fitted to your own reviews." : "Your schedule uses the default FSRS parameters."}
      </p>
      {enough ? null : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Optimising needs {number.format(needed)} reviews, so that the fit follows your memory rather than chance: {number.format(needed - reviews)} to go.
        </p>
      )}
      <FormAlert message={message?.text} tone={message?.tone} />
      {proposal ? <Comparison proposal={proposal} usingOwn={parameters !== null} /> : null}
      <div className="flex flex-wrap gap-2">
        {proposal ? (
          <>
            {/* Withheld when the proposal is not better: the server would refuse it anyway (applyFsrsParameters). */}
            {proposal.better ? (
              <Button onClick={apply} disabled={busy !== null}>{busy === "apply" ? "Applying…" : "Apply these parameters"}</Button>
            ) : null}
            <Button variant="secondary" onClick={discard} disabled={busy !== null}>Discard</Button>
          </>
        ) : enough ? (
          <Button onClick={optimise} disabled={busy !== null} aria-describedby="optimizer-note">
            {busy === "optimise" ? "Optimising…" : "Optimise my schedule"}
          </Button>
        ) : null}
        {parameters && !proposal ? (
          <Button variant="secondary" onClick={reset} disabled={busy !== null}>{busy === "reset" ? "Resetting…" : "Reset to defaults"}</Button>
        ) : null}
      </div>
      {enough && !proposal ? (
        <p id="optimizer-note" className="text-xs text-slate-600 dark:text-slate-400">
          Takes a few seconds. Nothing changes until you apply the result; your cards keep their current due dates either way.
        </p>
      ) : null}
    </div>
  );
}
