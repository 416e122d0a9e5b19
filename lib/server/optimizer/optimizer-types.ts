/** What the account page shows about the learner's FSRS parameters. */
export type OptimizerStatus = {
  /** Answers that count (not undone). */
  reviews: number;
  /** Reviews needed before the optimiser may run. */
  needed: number;
  /** The learner's own weights, or null when they are scheduled with the defaults. */
  parameters: number[] | null;
};

export type OptimizerEvaluation = { logLoss: number; rmse: number };

/** The optimiser's answer, shown before anything is stored: the learner decides whether to apply it. */
export type OptimizationOutcome =
  | { kind: "too-few"; reviews: number; needed: number }
  | {
      kind: "proposal";
      reviews: number;
      /** Training items fsrs-rs used, and the items both evaluations were scored on. */
      items: number;
      scoredItems: number;
      parameters: number[];
      /** The weights the learner is scheduled with now (their own, or the defaults). */
      current: OptimizerEvaluation;
      /** ts-fsrs' default weights. */
      defaults: OptimizerEvaluation;
      proposed: OptimizerEvaluation;
    };
