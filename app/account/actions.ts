"use server";

import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { supportedTimeZones } from "@/lib/server/users/study-settings";
import { updateProfile } from "@/lib/server/users/update-profile";
import { updateStudySettings } from "@/lib/server/users/update-study-settings";

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
    schema: z.object({ name: z.string().trim().min(1, "Enter your name.").max(80, "Use at most 80 characters.") }),
  },
  async (input, viewer) => updateProfile(viewer, input),
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
  async (input, viewer) => updateStudySettings(viewer, input),
);
