"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { authClient } from "@/lib/auth-client";
import { authErrorMessage } from "../(auth)/auth-error-message";
import { FormAlert } from "../(auth)/form-alert";

type State = { ok: boolean; message: string | null; field?: "currentPassword" | "newPassword" };

/** Goes through Better Auth's /change-password endpoint (current password required, policy enforced by our hook). */
export function PasswordForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(async (_prev: State, form: FormData): Promise<State> => {
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    if (!currentPassword) return { ok: false, message: "Enter your current password.", field: "currentPassword" };
    if ([...newPassword].length < 8) return { ok: false, message: "Use at least 8 characters.", field: "newPassword" };
    if (newPassword.length > 128) return { ok: false, message: "Use at most 128 characters.", field: "newPassword" };
    // Other devices are signed out: a password change is often a response to a leak.
    const { error } = await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions: true });
    if (error) {
      const message = authErrorMessage(error, "change-password");
      return { ok: false, message, field: error.code === "PASSWORD_POLICY" ? "newPassword" : error.code === "INVALID_PASSWORD" ? "currentPassword" : undefined };
    }
    formRef.current?.reset();
    return { ok: true, message: "Password changed. Other devices were signed out." };
  }, { ok: false, message: null });

  const fieldError = (f: State["field"]) => (!state.ok && state.field === f ? state.message ?? undefined : undefined);
  return (
    <form ref={formRef} action={action} className="space-y-4" noValidate>
      <FormAlert message={state.field ? null : state.message} tone={state.ok ? "success" : "error"} />
      <Field id="current-password" label="Current password" error={fieldError("currentPassword")}>
        <Input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required maxLength={128}
          aria-invalid={fieldError("currentPassword") ? true : undefined} aria-describedby={fieldError("currentPassword") ? "current-password-error" : undefined} />
      </Field>
      <Field id="new-password" label="New password" hint="At least 8 characters; common passwords are refused." error={fieldError("newPassword")}>
        <Input id="new-password" name="newPassword" type="password" autoComplete="new-password" required maxLength={128}
          aria-invalid={fieldError("newPassword") ? true : undefined} aria-describedby={fieldError("newPassword") ? "new-password-error" : "new-password-hint"} />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Changing…" : "Change password"}</Button>
    </form>
  );
}
