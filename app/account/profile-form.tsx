"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";
import { FormAlert } from "../(auth)/form-alert";
import { updateProfileAction } from "./actions";

export function ProfileForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState<ActionResult<{ name: string }> | null, FormData>(updateProfileAction, null);
  const error = state && !state.ok ? state.fieldErrors?.name?.[0] : undefined;
  const saved = state?.ok ? state.data.name : name;
  return (
    // key: re-mount with the saved name (React resets uncontrolled fields after an action).
    <form key={saved} action={action} className="space-y-4">
      <FormAlert message={state?.ok ? "Name saved." : state && !error ? state.error : null} tone={state?.ok ? "success" : "error"} />
      <Field id="profile-name" label="Name" error={error}>
        <Input id="profile-name" name="name" autoComplete="name" required maxLength={80} defaultValue={saved}
          aria-invalid={error ? true : undefined} aria-describedby={error ? "profile-name-error" : undefined} />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save name"}</Button>
    </form>
  );
}
