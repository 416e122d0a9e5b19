"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { authClient } from "@/lib/auth-client";
import { authErrorMessage } from "../auth-error-message";
import { FormAlert } from "../form-alert";

type State = { error: string | null; email: string };

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(async (_prev: State, form: FormData): Promise<State> => {
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) return { error: "Enter your email and password.", email };
    const { error } = await authClient.signIn.email({ email, password });
    if (error) return { error: authErrorMessage(error, "sign-in"), email };
    // A full navigation so every server component (header, pages) renders with the new session.
    window.location.assign(next);
    return { error: null, email };
  }, { error: null, email: "" });

  return (
    <form action={action} className="space-y-4" noValidate aria-describedby="sign-in-status">
      <FormAlert id="sign-in-status" message={state.error} />
      <Field id="email" label="Email">
        <Input id="email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={state.email} />
      </Field>
      <Field id="password" label="Password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required maxLength={128} />
      </Field>
      <Button type="submit" disabled={pending} aria-disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        New here?{" "}
        <Link className="font-medium text-brand-700 underline dark:text-brand-100" href={`/sign-up${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`}>
          Create an account
        </Link>
      </p>
    </form>
  );
}
