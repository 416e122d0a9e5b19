"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { authClient } from "@/lib/auth-client";
import { authErrorMessage } from "../auth-error-message";
import { FormAlert } from "../form-alert";

type State = { error: string | null; fieldErrors: Partial<Record<"name" | "email" | "password", string>>; name: string; email: string };

const initial: State = { error: null, fieldErrors: {}, name: "", email: "" };

export function SignUpForm({ next }: { next: string }) {
  const [showPassword, setShowPassword] = useState(false);
  const [state, action, pending] = useActionState(async (_prev: State, form: FormData): Promise<State> => {
    const name = String(form.get("name") ?? "").trim();
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const fieldErrors: State["fieldErrors"] = {};
    if (!name) fieldErrors.name = "Enter your name.";
    else if (name.length > 80) fieldErrors.name = "Use at most 80 characters.";
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fieldErrors.email = "Enter a valid email address.";
    if ([...password].length < 8) fieldErrors.password = "Use at least 8 characters.";
    else if (password.length > 128) fieldErrors.password = "Use at most 128 characters.";
    if (Object.keys(fieldErrors).length) return { error: "Please check the highlighted fields.", fieldErrors, name, email };
    // Only name, email and password are sent: the role is never taken from the client.
    const { error } = await authClient.signUp.email({ name, email, password });
    if (error) {
      const message = authErrorMessage(error, "sign-up");
      const field = error.code === "PASSWORD_POLICY" ? "password" : error.code === "INVALID_NAME" ? "name" : null;
      return { error: field ? "Please check the highlighted fields." : message, fieldErrors: field ? { [field]: message } : {}, name, email };
    }
    window.location.assign(next);
    return { ...initial, name, email };
  }, initial);

  const fe = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate aria-describedby="sign-up-status">
      <FormAlert id="sign-up-status" message={state.error} />
      <Field id="name" label="Name" error={fe.name}>
        <Input id="name" name="name" autoComplete="name" required maxLength={80} defaultValue={state.name}
          aria-invalid={fe.name ? true : undefined} aria-describedby={fe.name ? "name-error" : undefined} />
      </Field>
      <Field id="email" label="Email" error={fe.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={state.email}
          aria-invalid={fe.email ? true : undefined} aria-describedby={fe.email ? "email-error" : undefined} />
      </Field>
      <Field id="password" label="Password" hint="At least 8 characters. A few unrelated words make a strong, memorable password; common passwords are refused." error={fe.password}>
        <Input id="password" name="password" type={showPassword ? "text" : "password"} autoComplete="new-password" required maxLength={128}
          aria-invalid={fe.password ? true : undefined} aria-describedby={fe.password ? "password-error" : "password-hint"} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} className="size-4" />
        Show password
      </label>
      <Button type="submit" disabled={pending} aria-disabled={pending} className="w-full">
        {pending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{" "}
        <Link className="font-medium text-brand-700 underline dark:text-brand-100" href={`/sign-in${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
