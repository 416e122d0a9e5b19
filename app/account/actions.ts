"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { NAME_MAX } from "@/lib/server/auth/name-problem";
import { supportedTimeZones } from "@/lib/server/users/study-settings";
import { updateProfile } from "@/lib/server/users/update-profile";
import { updateLeechAction } from "@/lib/server/users/update-leech-action";
import { updateStudySettings } from "@/lib/server/users/update-study-settings";
import { LEECH_ACTIONS, type LeechAction } from "@/lib/srs/leech";
import { applyFsrsParameters } from "@/lib/server/optimizer/apply-fsrs-parameters";
import { optimizeSchedule } from "@/lib/server/optimizer/optimize-schedule";
import { resetFsrsParameters } from "@/lib/server/optimizer/reset-fsrs-parameters";
import { fsrsParametersSchema } from "@/lib/srs/fsrs-parameters";

/** The header shows the name and pages read the settings: re-render after a change (no-op in tests). */
function refreshLayout(): void {
  try {
    revalidatePath("/", "layout");
  } catch {
    // no request store
  }
}

// Form fields arrive as strings: "" must be "required", not silently 0.
const numberField = (label: string, min: number, max: number, int: boolean) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
    (int ? z.number({ error: `Enter ${label}.` }).int(`${label} must be a whole number.`) : z.number({ error: `Enter ${label}.` }))
      .min(min, `${label} must be at least ${min}.`)
      .max(max, `${label} must be at most ${max}.`),
  );

export const updateProfileAction = defineAction(
  {
    access: "signed-in",
    // The same rule as sign-up and Better Auth's update-user (nameProblem); lone surrogates are refused by the wrapper.
    schema: z.object({ name: z.string().trim().min(1, "Enter your name.").max(NAME_MAX, `Use at most ${NAME_MAX} characters.`) }),
  },
  async (input, viewer) => {
    const saved = await updateProfile(viewer, input);
    refreshLayout();
    return saved;
  },
);

export const updateStudySettingsAction = defineAction(
  {
    access: "signed-in",
    schema: z.object({
      desiredRetention: numberField("Desired retention", 0.7, 0.99, false),
      newCardsPerDay: numberField("New cards per day", 0, 500, true),
      maximumInterval: numberField("Maximum interval", 1, 36500, true),
      timeZone: z
        .string()
        .max(64)
        .refine((tz) => supportedTimeZones().includes(tz), "Choose a time zone from the list."),
      dayStartHour: numberField("Day start hour", 0, 23, true),
    }),
  },
  async (input, viewer) => {
    const saved = await updateStudySettings(viewer, input);
    refreshLayout();
    return saved;
  },
);

export const updateLeechActionAction = defineAction(
  { access: "signed-in", schema: z.object({ leechAction: z.enum(LEECH_ACTIONS as [LeechAction, ...LeechAction[]], { error: "Choose suspend or tag." }) }) },
  async (input, viewer) => updateLeechAction(viewer, input.leechAction),
);
/**
 * Fits FSRS weights to the viewer's own history and returns them with their scores; stores nothing. There is no
 * user field: whoever calls it optimises their own schedule only.
 */
export const optimizeScheduleAction = defineAction({ access: "signed-in", schema: z.object({}) }, async (_input, viewer) => optimizeSchedule(viewer));

/**
 * Stores the proposal just shown on the viewer's own account: its weights and the signed token optimizeSchedule
 * gave with them. Refused (422, nothing changed) when it is not the viewer's or does not predict better.
 */
export const applyFsrsParametersAction = defineAction(
  { access: "signed-in", schema: z.object({ parameters: fsrsParametersSchema, proposal: z.string().min(1).max(4000) }) },
  async (input, viewer) => {
    const saved = await applyFsrsParameters(viewer, input);
    refreshLayout();
    return saved;
  },
);

/** Back to the default weights for the viewer's own schedule. */
export const resetFsrsParametersAction = defineAction({ access: "signed-in", schema: z.object({}) }, async (_input, viewer) => {
  const saved = await resetFsrsParameters(viewer);
  refreshLayout();
  return saved;
});
