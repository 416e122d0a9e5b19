import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * The two cheap branches of visibleDeckWhere (published public decks, the viewer's own decks) as a SQL
 * condition on the deck aliased `d`, for the hot study reads (the review's read, the queue's deck check).
 * Prisma builds the class-enrollment branch as nested relation filters, and its model API costs more than
 * the SQL here, so these try the cheap rule first and fall back to visibleDeckWhere when it finds nothing:
 * the full rule still decides every other case. Must stay a subset of visibleDeckWhere:
 * tests/study/visibility-rule.test.ts proves it over generated viewers, decks, classes and assignments.
 */
export function quickVisibleDeckSql(viewerId: string): Prisma.Sql {
  return Prisma.sql`(d."deletedAt" IS NULL AND ((d."status" = 'published' AND d."visibility" = 'public') OR d."ownerId" = ${viewerId}))`;
}
