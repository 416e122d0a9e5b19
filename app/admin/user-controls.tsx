"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";
import { setUserDisabledAction, setUserRoleAction } from "./actions";

type User = { id: string; name: string; email: string; role: "learner" | "instructor" | "admin"; disabled: boolean };
type Result = ActionResult<User> | null;

/** Role select + save, and disable/enable, for one account row. Buttons are disabled while a request runs. */
export function UserControls({ user }: { user: User }) {
  const [roleState, roleAction, rolePending] = useActionState<Result, FormData>(setUserRoleAction, null);
  const [disabledState, disabledAction, disabledPending] = useActionState<Result, FormData>(setUserDisabledAction, null);
  const current = (disabledState?.ok ? disabledState.data : null) ?? (roleState?.ok ? roleState.data : null) ?? user;
  const role = roleState?.ok ? roleState.data.role : user.role;
  const disabled = disabledState?.ok ? disabledState.data.disabled : current.disabled;
  const message =
    roleState && !roleState.ok ? roleState.error : disabledState && !disabledState.ok ? disabledState.error : roleState?.ok ? "Role saved." : disabledState?.ok ? (disabled ? "Account disabled." : "Account enabled.") : "";
  const selectId = `role-${user.id}`;
  return (
    <div className="flex flex-wrap items-end gap-2">
      {/* key: re-mount with the saved role (React resets uncontrolled fields after an action). */}
      <form key={role} action={roleAction} className="flex items-end gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <div>
          <label htmlFor={selectId} className="sr-only">Role for {user.name}</label>
          <Select id={selectId} name="role" defaultValue={role} className="w-36 py-1.5 text-sm">
            <option value="learner">Learner</option>
            <option value="instructor">Instructor</option>
            <option value="admin">Admin</option>
          </Select>
        </div>
        <Button type="submit" size="sm" variant="secondary" disabled={rolePending} aria-label={`Save role for ${user.name}`}>
          {rolePending ? "Saving…" : "Save role"}
        </Button>
      </form>
      <form action={disabledAction}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
        <Button type="submit" size="sm" variant={disabled ? "secondary" : "danger"} disabled={disabledPending}
          aria-label={`${disabled ? "Enable" : "Disable"} account of ${user.name}`}>
          {disabledPending ? "Saving…" : disabled ? "Enable" : "Disable"}
        </Button>
      </form>
      <p aria-live="polite" className={roleState?.ok || disabledState?.ok ? "basis-full text-xs text-emerald-700 dark:text-emerald-300" : "basis-full text-xs text-red-700 dark:text-red-400"}>
        {message}
      </p>
    </div>
  );
}
