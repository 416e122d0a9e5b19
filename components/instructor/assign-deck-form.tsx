"use client";
import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import type { ActionResult } from "@/lib/server/action";

export function AssignDeckForm({
  classId,
  decks,
  action,
}: {
  classId: string;
  decks: { id: string; title: string }[];
  action: (prev: unknown, form: FormData) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      router.refresh();
    }
  }, [state, router]);
  if (decks.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No more decks to assign. Publish one of your decks with visibility “class” or “public” first.</p>;
  }
  return (
    <form ref={form} action={formAction} className="flex flex-wrap items-end gap-3" aria-label="Assign a deck">
      <input type="hidden" name="classId" value={classId} />
      <div className="min-w-56 flex-1">
        <Field id="assign-deck" label="Deck">
          <Select id="assign-deck" name="deckId" required>
            <Options options={decks} />
          </Select>
        </Field>
      </div>
      <Field id="assign-due" label="Due date (optional)">
        <Input id="assign-due" name="dueAt" type="date" />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Assigning…" : "Assign"}</Button>
      {state && !state.ok ? (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
