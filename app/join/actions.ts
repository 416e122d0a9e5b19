"use server";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { joinClass } from "@/lib/server/classes/join-class";

export const joinClassAction = defineAction(
  { access: "signed-in", schema: z.object({ code: z.string().trim().min(1, "Enter the join code from your instructor.").max(32, "Join codes are 8 characters.") }) },
  async ({ code }, viewer) => joinClass(viewer, code),
);
