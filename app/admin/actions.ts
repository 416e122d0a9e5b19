"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { setUserRole } from "@/lib/server/users/set-user-role";

const userId = z.string().min(1).max(64);

/** Re-render the list (badges) after a change; outside a request (tests) there is nothing to revalidate. */
function refreshAdmin(): void {
  try {
    revalidatePath("/admin");
  } catch {
    // no request store
  }
}

export const setUserRoleAction = defineAction(
  {
    access: ["admin"],
    schema: z.object({ userId, role: z.enum(["learner", "instructor", "admin"], { error: "Choose learner, instructor or admin." }) }),
  },
  async (input, viewer) => {
    const user = await setUserRole(viewer, input);
    refreshAdmin();
    return user;
  },
);

export const setUserDisabledAction = defineAction(
  {
    access: ["admin"],
    schema: z.object({
      userId,
      // Accepts a boolean or the "true"/"false" a form posts.
      disabled: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
    }),
  },
  async (input, viewer) => {
    const user = await setUserDisabled(viewer, input);
    refreshAdmin();
    return user;
  },
);
