"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { leaveClass } from "@/lib/server/classes/leave-class";

export const leaveClassAction = defineAction(
  { access: "signed-in", schema: z.object({ classId: z.string().min(1).max(64) }) },
  async ({ classId }, viewer) => {
    const result = await leaveClass(viewer, classId);
    try {
      revalidatePath("/classes");
    } catch {
      // no request cache in tests
    }
    return result;
  },
);
