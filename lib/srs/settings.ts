import { generatorParameters, type FSRSParameters } from "ts-fsrs";
import type { SchedulerSettings } from "./types";

export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = Object.freeze({
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: Object.freeze(["1m", "10m"] as const),
  relearningSteps: Object.freeze(["10m"] as const),
  enableFuzz: true,
});

export function resolveSettings(settings?: Partial<SchedulerSettings>): SchedulerSettings {
  const merged = { ...DEFAULT_SCHEDULER_SETTINGS, ...stripUndefined(settings ?? {}) };
  if (!(merged.desiredRetention > 0 && merged.desiredRetention < 1)) {
    throw new RangeError(`desiredRetention must be in (0, 1), got ${merged.desiredRetention}`);
  }
  if (!(Number.isInteger(merged.maximumInterval) && merged.maximumInterval >= 1)) {
    throw new RangeError(`maximumInterval must be a positive integer, got ${merged.maximumInterval}`);
  }
  return merged;
}

/** Our settings → ts-fsrs parameters (defaults filled in by generatorParameters). */
export function toFsrsParameters(settings?: Partial<SchedulerSettings>): FSRSParameters {
  const s = resolveSettings(settings);
  return generatorParameters({
    request_retention: s.desiredRetention,
    maximum_interval: s.maximumInterval,
    learning_steps: [...s.learningSteps],
    relearning_steps: [...s.relearningSteps],
    enable_fuzz: s.enableFuzz,
    enable_short_term: true,
    ...(s.weights ? { w: [...s.weights] } : {}),
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
