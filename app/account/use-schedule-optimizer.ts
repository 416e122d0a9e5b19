"use client";

import { useState, useTransition } from "react";
import type { OptimizationOutcome } from "@/lib/server/optimizer/optimizer-types";
import { applyFsrsParametersAction, optimizeScheduleAction, resetFsrsParametersAction } from "./actions";

export type Proposal = Extract<OptimizationOutcome, { kind: "proposal" }>;

type Message = { tone: "error" | "success"; text: string } | null;

/** State of the "Optimise my schedule" panel: the proposal shown, the weights in use, and one message. */
export function useScheduleOptimizer(initial: { parameters: number[] | null }) {
  const [parameters, setParameters] = useState<number[] | null>(initial.parameters);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState<"optimise" | "apply" | "reset" | null>(null);
  const [, startTransition] = useTransition();

  const run = (kind: NonNullable<typeof busy>, work: () => Promise<void>) => {
    setBusy(kind);
    setMessage(null);
    startTransition(async () => {
      try {
        await work();
      } catch {
        setMessage({ tone: "error", text: "The server could not be reached. Nothing was changed; please try again." });
      } finally {
        setBusy(null);
      }
    });
  };

  const optimise = () =>
    run("optimise", async () => {
      setProposal(null);
      const result = await optimizeScheduleAction({});
      if (!result.ok) return setMessage({ tone: "error", text: result.error });
      if (result.data.kind === "too-few") {
        return setMessage({ tone: "error", text: `You need ${result.data.needed} reviews first; you have ${result.data.reviews}.` });
      }
      setProposal(result.data);
    });

  const apply = () =>
    run("apply", async () => {
      if (!proposal?.better) return;
      const result = await applyFsrsParametersAction({ parameters: proposal.parameters, proposal: proposal.token });
      if (!result.ok) return setMessage({ tone: "error", text: result.error });
      setParameters(result.data.parameters);
      setProposal(null);
      setMessage({ tone: "success", text: "Your own parameters are in use from your next answer. Cards keep their current due dates." });
    });

  const reset = () =>
    run("reset", async () => {
      const result = await resetFsrsParametersAction({});
      if (!result.ok) return setMessage({ tone: "error", text: result.error });
      setParameters(null);
      setMessage({ tone: "success", text: "Back to the default parameters from your next answer." });
    });

  const discard = () => {
    setProposal(null);
    setMessage(null);
  };

  return { parameters, proposal, message, busy, optimise, apply, reset, discard };
}
