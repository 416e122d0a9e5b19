"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";

export function NewDeckForm({
  action,
  descriptionHint = "Optional. Shown to learners in the catalogue.",
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;
  descriptionHint?: string;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) router.push(`/instructor/decks/${state.data.id}`);
  }, [state, router]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-4">
      <Field id="deck-title" label="Title" error={errors?.title}>
        <Input id="deck-title" name="title" required maxLength={200} aria-invalid={Boolean(errors?.title)} aria-describedby={errors?.title ? "deck-title-error" : undefined} />
      </Field>
      <Field id="deck-description" label="Description" hint={descriptionHint}>
        <Textarea id="deck-description" name="description" rows={3} maxLength={2000} aria-describedby="deck-description-hint" />
      </Field>
      {state && !state.ok && !errors ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{state.error}</p> : null}
      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create deck"}</Button>
    </form>
  );
}
