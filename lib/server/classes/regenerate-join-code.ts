import "server-only";
import { db, type Prisma } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { generateJoinCode } from "./join-code";

/** A fresh code for one of my classes; the old code and link stop working at once. */
export async function regenerateJoinCode(viewer: Viewer, classId: string): Promise<{ joinCode: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await db.class.updateMany({ where: { id: classId, ownerId: viewer.id }, data: { joinCode: generateJoinCode() } });
      if (result.count === 0) throw notFound("Class");
      const row = await db.class.findFirstOrThrow({ where: { id: classId, ownerId: viewer.id }, select: { joinCode: true } });
      return row;
    } catch (error) {
      if (attempt < 4 && (error as Prisma.PrismaClientKnownRequestError).code === "P2002") continue;
      throw error;
    }
  }
}
