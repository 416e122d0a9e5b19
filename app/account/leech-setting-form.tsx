"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/server/action";
import type { LeechAction } from "@/lib/srs/leech";
import { FormAlert } from "../(auth)/form-alert";
import { updateLeechActionAction } from "./actions";

/** Suspend or only tag a card that lapses 8 times (a leech); leeches are listed on the progress page either way. */
export function LeechSettingForm({ leechAction }: { leechAction: LeechAction }) {
  const [state, action, pending] = useActionState<ActionResult<{ leechAction: LeechAction }> | null, FormData>(updateLeechActionAction, null);
  const value = state?.ok ? state.data.leechAction : leechAction;
  return (
    <form key={value} action={action} className="space-y-3">
      <FormAlert message={state?.ok ? "Leech setting saved." : state ? state.error : null} tone={state?.ok ? "success" : "error"} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">When a card lapses 8 times</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="leechAction" value="suspend" defaultChecked={value === "suspend"} className="size-4" />
          Tag it as a leech and suspend it
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="leechAction" value="tag" defaultChecked={value === "tag"} className="size-4" />
          Only tag it as a leech (it stays in your reviews)
        </label>
      </fieldset>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Saving…" : "Save leech setting"}
      </Button>
    </form>
  );
}
