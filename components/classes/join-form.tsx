"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";

type JoinAction = (prev: unknown, form: FormData) => Promise<ActionResult<{ classId: string; className: string; alreadyMember: boolean }>>;

/** Enter (or confirm) a join code; on success go to "My classes". */
export function JoinForm({ action, code }: { action: JoinAction; code?: string }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) router.push(`/classes?joined=${state.data.classId}`);
  }, [state, router]);
  const error = state && !state.ok ? (state.fieldErrors?.code ?? state.error) : undefined;
  return (
    <form action={formAction} className="space-y-4">
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <Field id="join-code" label="Join code" hint="8 characters, from your instructor." error={error}>
          <Input
            id="join-code"
            name="code"
            required
            maxLength={32}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="font-mono uppercase tracking-widest"
            aria-invalid={Boolean(error)}
            aria-describedby={error ? "join-code-error" : "join-code-hint"}
          />
        </Field>
      )}
      {code && error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <Button type="submit" size="lg" disabled={pending} aria-busy={pending}>
        {pending ? "Joining…" : "Join class"}
      </Button>
    </form>
  );
}
