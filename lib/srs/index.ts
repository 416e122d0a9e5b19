export * from "./types";
export { createNewCard, toFsrsCard, fromFsrsCard, toFsrsLog, fromFsrsLog, snapshotCard, restoreCard, type CardSnapshot } from "./card";
export { DEFAULT_SCHEDULER_SETTINGS, resolveSettings, toFsrsParameters } from "./settings";
export { createScheduler, fuzzSeed } from "./scheduler";
export { nextStates, applyRating } from "./next-states";
export { undoReview } from "./undo";
export { replayLog, type ReplayReview } from "./replay";
export { formatInterval } from "./interval-label";
export { learnerDay, dayKeyOf, endOfLocalDate, DEFAULT_DAY_START_HOUR, type LearnerDay } from "./learner-day";
export {
  buildQueue,
  DEFAULT_LEARN_AHEAD_MS,
  type BuildQueueOptions,
  type QueueCardInput,
  type QueueCounts,
  type QueueEntry,
  type StudyQueue,
} from "./build-queue";
export { suggestRating, DEFAULT_SLOW_THRESHOLD_MS, type AnswerKind, type AutoRatingInput, type RatingSuggestion } from "./auto-rating";
export { gradeTypedAnswer, allowedTypos, type GradeKind, type TypedAnswerGrade, type TypedAnswerKey } from "./grade-typed-answer";
export {
  stateDefinition,
  assertTransition,
  InvalidTransitionError,
  newState,
  learningState,
  reviewState,
  relearningState,
  type CardStateDefinition,
  type QueueKind,
} from "./states";
