import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { forbidden } from "@/lib/server/errors";

/** A new empty draft deck owned by the instructor. */
export async function createDeck(viewer: Viewer, input: { title: string; description: string }): Promise<{ id: string }> {
  if (viewer.role !== "instructor" && viewer.role !== "admin") throw forbidden();
  const deck = await db.deck.create({
    data: { ownerId: viewer.id, title: input.title, description: input.description, status: "draft", visibility: "private" },
    select: { id: true },
  });
  return deck;
}
