import "server-only";
import type { Prisma } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";

/**
 * Decks whose status or visibility the viewer may change (publish to classes or the catalogue): an instructor's
 * or admin's own decks. Learners own private decks only, so for them nothing matches.
 */
export function publishableDeckWhere(viewer: Viewer): Prisma.DeckWhereInput {
  if (viewer.role !== "instructor" && viewer.role !== "admin") return { id: "__none__" };
  return { deletedAt: null, ownerId: viewer.id };
}
