"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";
import { FormAlert } from "../(auth)/form-alert";
import { updateStudySettingsAction } from "./actions";

type Settings = { desiredRetention: number; newCardsPerDay: number; maximumInterval: number; timeZone: string; dayStartHour: number };

function hourLabel(h: number): string {
  return `${String(h).padStart(2, "0")}:00`;
}

export function StudySettingsForm({ settings, timeZones }: { settings: Settings; timeZones: string[] }) {
  const [state, action, pending] = useActionState<ActionResult<Settings> | null, FormData>(updateStudySettingsAction, null);
  const values = state?.ok ? state.data : settings;
  const fe = state && !state.ok ? state.fieldErrors ?? {} : {};
  const err = (k: keyof Settings) => fe[k]?.[0];
  const described = (id: string, k: keyof Settings) => (err(k) ? `${id}-error` : `${id}-hint`);
  return (
    // key: after a successful save the inputs re-mount with the saved values.
    <form key={state?.ok ? JSON.stringify(state.data) : "form"} action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormAlert message={state?.ok ? "Study settings saved." : state ? state.error : null} tone={state?.ok ? "success" : "error"} />
      </div>
      <Field id="desired-retention" label="Desired retention" hint="0.70–0.99. Higher means more reviews and fewer lapses." error={err("desiredRetention")}>
        <Input id="desired-retention" name="desiredRetention" type="number" inputMode="decimal" min={0.7} max={0.99} step={0.01} required
          defaultValue={values.desiredRetention} aria-invalid={err("desiredRetention") ? true : undefined} aria-describedby={described("desired-retention", "desiredRetention")} />
      </Field>
      <Field id="new-cards" label="New cards per day" hint="0–500." error={err("newCardsPerDay")}>
        <Input id="new-cards" name="newCardsPerDay" type="number" inputMode="numeric" min={0} max={500} step={1} required
          defaultValue={values.newCardsPerDay} aria-invalid={err("newCardsPerDay") ? true : undefined} aria-describedby={described("new-cards", "newCardsPerDay")} />
      </Field>
      <Field id="maximum-interval" label="Maximum interval (days)" hint="1–36500. The longest gap between two reviews." error={err("maximumInterval")}>
        <Input id="maximum-interval" name="maximumInterval" type="number" inputMode="numeric" min={1} max={36500} step={1} required
          defaultValue={values.maximumInterval} aria-invalid={err("maximumInterval") ? true : undefined} aria-describedby={described("maximum-interval", "maximumInterval")} />
      </Field>
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
