import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { BROWSE_PAGE_SIZE, type BrowseQuery } from "@/lib/cards/browse-query";
import type { BrowseResult } from "./browse-cards";
import { searchPattern } from "./search-pattern";

export type AuthoredQuestion = { questionId: string; deckId: string; deckTitle: string; prompt: string; answer: string; kind: string; status: string };

/**
 * The card browser's search over the questions of the viewer's OWN decks (instructors and admins; anyone else
 * gets nothing): same search, deck filter and paging as browseCards. Ownership is in the SQL (d."ownerId").
 * The learner-card filters (state, due, suspended, leech, lapses) do not apply to questions and are ignored.
 */
export async function browseAuthoredQuestions(viewer: Viewer, query: BrowseQuery): Promise<BrowseResult<AuthoredQuestion>> {
  if (viewer.role !== "instructor" && viewer.role !== "admin") return { rows: [], total: 0, page: 1, pageCount: 1 };
  const where: Prisma.Sql[] = [Prisma.sql`d."ownerId" = ${viewer.id}`, Prisma.sql`d."deletedAt" IS NULL`, Prisma.sql`q."deletedAt" IS NULL`];
  if (query.q) {
    const pattern = searchPattern(query.q);
    where.push(Prisma.sql`(LOWER(q."prompt") LIKE ${pattern} ESCAPE '\\' OR LOWER(q."answer") LIKE ${pattern} ESCAPE '\\')`);
  }
  if (query.deck) where.push(Prisma.sql`q."deckId" = ${query.deck}`);
  const condition = Prisma.join(where, " AND ");
  const dir = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const order = query.sort === "prompt" ? Prisma.sql`q."prompt" ${dir}` : query.sort === "deck" ? Prisma.sql`d."title" ${dir}, q."position" ASC` : Prisma.sql`d."title" ASC, q."position" ${dir}`;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<AuthoredQuestion[]>`
      SELECT q."id" AS "questionId", q."deckId", d."title" AS "deckTitle", q."prompt", q."answer", q."kind", q."status"
      FROM "Question" q JOIN "Deck" d ON d."id" = q."deckId"
      WHERE ${condition}
      ORDER BY ${order}, q."id" ASC
      LIMIT ${BROWSE_PAGE_SIZE} OFFSET ${(query.page - 1) * BROWSE_PAGE_SIZE}`,
    db.$queryRaw<Array<{ n: number | bigint }>>`SELECT COUNT(*) AS "n" FROM "Question" q JOIN "Deck" d ON d."id" = q."deckId" WHERE ${condition}`,
  ]);
  const total = Number(counted[0]?.n ?? 0);
  return { rows, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE)) };
}
