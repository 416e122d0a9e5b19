"use server";

import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { setUserRole } from "@/lib/server/users/set-user-role";

const userId = z.string().min(1).max(64);

export const setUserRoleAction = defineAction(
  {
    access: ["admin"],
    schema: z.object({ userId, role: z.enum(["learner", "instructor", "admin"], { error: "Choose learner, instructor or admin." }) }),
  },
  async (input, viewer) => setUserRole(viewer, input),
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
  async (input, viewer) => setUserDisabled(viewer, input),
);
