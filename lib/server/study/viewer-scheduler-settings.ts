import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { SchedulerSettings } from "@/lib/srs/types";

/**
 * The scheduler settings of the viewer, for every place that schedules or previews their answers (save, the
 * study screen's interval labels). Weights only when the learner applied their own: a learner who never
 * optimised gets exactly the settings of before (no `weights` key, so ts-fsrs' defaults).
 */
export function viewerSchedulerSettings(viewer: Viewer): Pick<SchedulerSettings, "desiredRetention" | "maximumInterval" | "weights"> {
  const settings = { desiredRetention: viewer.desiredRetention, maximumInterval: viewer.maximumInterval };
  return viewer.fsrsParameters ? { ...settings, weights: viewer.fsrsParameters } : settings;
}
