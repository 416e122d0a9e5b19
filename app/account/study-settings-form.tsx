"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";
import { FormAlert } from "../(auth)/form-alert";
import { updateStudySettingsAction } from "./actions";

type Settings = { desiredRetention: number; newCardsPerDay: number; maximumInterval: number; timeZone: string; dayStartHour: number };
type NumericSetting = "desiredRetention" | "newCardsPerDay" | "maximumInterval";

function hourLabel(h: number): string {
  return `${String(h).padStart(2, "0")}:00`;
}

export function StudySettingsForm({ settings, timeZones }: { settings: Settings; timeZones: string[] }) {
  const [state, action, pending] = useActionState<ActionResult<Settings> | null, FormData>(updateStudySettingsAction, null);
  const values = state?.ok ? state.data : settings;
  const fe = state && !state.ok ? state.fieldErrors ?? {} : {};
  const err = (k: keyof Settings) => fe[k]?.[0];
  const described = (id: string, k: keyof Settings) => (err(k) ? `${id}-error` : `${id}-hint`);
  // The three numeric settings: a required number input with its limits, its hint, and its error when refused.
  const numberField = (id: string, name: NumericSetting, label: string, hint: string, limits: { min: number; max: number; step: number; inputMode: "decimal" | "numeric" }) => (
    <Field id={id} label={label} hint={hint} error={err(name)}>
      <Input id={id} name={name} type="number" inputMode={limits.inputMode} min={limits.min} max={limits.max} step={limits.step} required
        defaultValue={values[name]} aria-invalid={err(name) ? true : undefined} aria-describedby={described(id, name)} />
    </Field>
  );
  return (
    // key: after a successful save the inputs re-mount with the saved values.
    <form key={state?.ok ? JSON.stringify(state.data) : "form"} action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormAlert message={state?.ok ? "Study settings saved." : state ? state.error : null} tone={state?.ok ? "success" : "error"} />
      </div>
      {numberField("desired-retention", "desiredRetention", "Desired retention", "0.70–0.99. Higher means more reviews and fewer lapses.", { min: 0.7, max: 0.99, step: 0.01, inputMode: "decimal" })}
      {numberField("new-cards", "newCardsPerDay", "New cards per day", "0–500.", { min: 0, max: 500, step: 1, inputMode: "numeric" })}
      {numberField("maximum-interval", "maximumInterval", "Maximum interval (days)", "1–36500. The longest gap between two reviews.", { min: 1, max: 36500, step: 1, inputMode: "numeric" })}
      <Field id="day-start" label="Day starts at" hint="Reviews after midnight count for the previous day until this hour." error={err("dayStartHour")}>
        <Select id="day-start" name="dayStartHour" defaultValue={String(values.dayStartHour)} aria-describedby={described("day-start", "dayStartHour")}>
          {Array.from({ length: 24 }, (_, h) => (
            <option key={h} value={h}>{hourLabel(h)}</option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Field id="time-zone" label="Time zone" hint="Your study day and streaks follow this zone." error={err("timeZone")}>
          <Select id="time-zone" name="timeZone" defaultValue={values.timeZone} aria-describedby={described("time-zone", "timeZone")}>
            {timeZones.map((tz) => (
              <option key={tz} value={tz}>{tz.replaceAll("_", " ")}</option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save study settings"}</Button>
      </div>
    </form>
  );
}
