"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";

type Deck = { id: string; title: string; description: string; visibility: string };

/**
 * Title, description and visibility (publishing is a separate button so it is a deliberate step). Without
 * canPublish (a learner's own deck, private for good) there is no visibility to choose.
 */
export function DeckSettingsForm({
  deck,
  action,
  canPublish = true,
}: {
  deck: Deck;
  action: (prev: unknown, form: FormData) => Promise<ActionResult<unknown>>;
  canPublish?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-3" aria-label="Deck settings">
      <input type="hidden" name="deckId" value={deck.id} />
      <Field id="settings-title" label="Title" error={errors?.title}>
        <Input id="settings-title" name="title" defaultValue={deck.title} required maxLength={200} aria-invalid={Boolean(errors?.title)} />
      </Field>
      <Field id="settings-description" label="Description">
        <Textarea id="settings-description" name="description" defaultValue={deck.description} rows={2} maxLength={2000} />
      </Field>
      {canPublish ? (
        <Field id="settings-visibility" label="Visibility" hint="Class: only learners in classes it is assigned to. Public: everyone in the catalogue.">
          <Select id="settings-visibility" name="visibility" defaultValue={deck.visibility} aria-describedby="settings-visibility-hint">
            <option value="private">Private (only me)</option>
            <option value="class">Class (assigned classes)</option>
            <option value="public">Public (catalogue)</option>
          </Select>
        </Field>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
        {state ? (
          <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-emerald-800 dark:text-emerald-300" : "text-sm text-red-700 dark:text-red-400"}>
            {state.ok ? "Settings saved." : state.error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
