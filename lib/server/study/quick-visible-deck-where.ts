import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { Prisma } from "@/lib/server/db/client";

/**
 * The two cheap branches of visibleDeckWhere (published public decks, the viewer's own decks),
 * tried first on the hot study path: Prisma builds the class-enrollment branch as nested relation
 * filters, which costs milliseconds per call. Callers fall back to visibleDeckWhere when this finds
 * nothing, so the full rule still decides every other case. Must stay a subset of visibleDeckWhere, and equal
 * to the raw SQL in load-review-target.ts: tests/study/visibility-rule.test.ts proves both.
 */
export function quickVisibleDeckWhere(viewer: Viewer): Prisma.DeckWhereInput {
  return { deletedAt: null, OR: [{ status: "published", visibility: "public" }, { ownerId: viewer.id }] };
}
