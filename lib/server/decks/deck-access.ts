import "server-only";
import type { Prisma } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";

/**
 * Which decks a viewer may see, as a Prisma filter (authorization lives in the query, so a
 * stranger's deck is simply "not found"): published public decks, published decks assigned
 * to a class the viewer is enrolled in, and the viewer's own decks (drafts included).
 */
export function visibleDeckWhere(viewer: Viewer | null): Prisma.DeckWhereInput {
  const published: Prisma.DeckWhereInput = { status: "published", visibility: "public" };
  if (!viewer) return { deletedAt: null, ...published };
  return {
    deletedAt: null,
    OR: [
      published,
      { ownerId: viewer.id },
      {
        status: "published",
        visibility: { in: ["class", "public"] },
        assignments: { some: { class: { archivedAt: null, enrollments: { some: { userId: viewer.id } } } } },
      },
    ],
  };
}

/** Decks the viewer may edit: their own (instructors and admins only). */
export function editableDeckWhere(viewer: Viewer): Prisma.DeckWhereInput {
  if (viewer.role !== "instructor" && viewer.role !== "admin") return { id: "__none__" };
  return { deletedAt: null, ownerId: viewer.id };
}
