"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";

export function NewClassForm({ action }: { action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) router.push(`/instructor/classes/${state.data.id}`);
  }, [state, router]);
  const error = state && !state.ok ? (state.fieldErrors?.name ?? state.error) : undefined;
  return (
    <form action={formAction} className="space-y-4">
      <Field id="class-name" label="Class name" hint="For example “Trade policy — spring term”." error={error}>
        <Input id="class-name" name="name" required maxLength={120} aria-invalid={Boolean(error)} aria-describedby={error ? "class-name-error" : "class-name-hint"} />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create class"}</Button>
    </form>
  );
}
