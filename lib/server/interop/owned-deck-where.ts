import "server-only";
import type { Prisma } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";

/**
 * Decks the viewer owns, whatever their role: a learner's private decks are theirs to export, like an
 * instructor's. Editing and publishing stay with editableDeckWhere (instructors and admins).
 */
export function ownedDeckWhere(viewer: Viewer): Prisma.DeckWhereInput {
  return { deletedAt: null, ownerId: viewer.id };
}
