import "server-only";
import { db, type Prisma } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { forbidden } from "@/lib/server/errors";
import { generateJoinCode } from "./join-code";

/** Retries on the (astronomically unlikely) unique-code collision. */
export async function createClass(viewer: Viewer, input: { name: string }): Promise<{ id: string; joinCode: string }> {
  if (viewer.role !== "instructor" && viewer.role !== "admin") throw forbidden();
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.class.create({ data: { ownerId: viewer.id, name: input.name, joinCode: generateJoinCode() }, select: { id: true, joinCode: true } });
    } catch (error) {
      if (attempt < 4 && (error as Prisma.PrismaClientKnownRequestError).code === "P2002") continue;
      throw error;
    }
  }
}
