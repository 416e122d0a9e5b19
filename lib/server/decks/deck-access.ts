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

/**
 * Decks the viewer may edit (questions, drafts, title): instructors and admins their own decks; a learner only
 * their own private decks. The visibility test matters when a demoted instructor still owns class or public
 * decks: those stay untouchable until an instructor owns them again, since learners never publish.
 */
export function editableDeckWhere(viewer: Viewer): Prisma.DeckWhereInput {
  if (viewer.role === "instructor" || viewer.role === "admin") return { deletedAt: null, ownerId: viewer.id };
  return { deletedAt: null, ownerId: viewer.id, visibility: "private" };
}
