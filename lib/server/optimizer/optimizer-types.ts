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
      /** The proposal predicts the learner's answers better (lower log loss) than the weights in use now. Only
       * then may it be applied: otherwise the page offers nothing to apply, and the server refuses it too. */
      better: boolean;
      /** Signed claims (signOptimizerProposal) the learner sends back to apply exactly this proposal. */
      token: string;
    };

/** What a proposal token vouches for: whose it is, the weights, what they were scored against and how. */
export type ProposalClaims = {
  userId: string;
  parameters: number[];
  /** The learner's own weights when it was made (null: the defaults); apply refuses it once they changed. */
  against: number[] | null;
  proposedLogLoss: number;
  currentLogLoss: number;
  /** Date.now() when it was made: a proposal is applied within PROPOSAL_TTL_MS or made again. */
  issuedAt: number;
};
