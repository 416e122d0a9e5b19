import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import type { BrowseQuery } from "@/lib/cards/browse-query";
import { containsText } from "@/lib/server/db/sql-dialect";
import { browsePage, type BrowseResult } from "./browse-page";
import { searchPattern } from "./search-pattern";

export type AuthoredQuestion = { questionId: string; deckId: string; deckTitle: string; prompt: string; answer: string; kind: string; status: string };

/**
 * The card browser's search over the questions of the viewer's OWN decks (instructors and admins; anyone else
 * gets nothing): same search, deck filter and paging as browseCards. Ownership is in the SQL (d."ownerId").
 * The learner-card filters (state, due, suspended, leech, lapses) do not apply to questions and are ignored.
 */
export async function browseAuthoredQuestions(viewer: Viewer, query: BrowseQuery): Promise<BrowseResult<AuthoredQuestion>> {
  if (viewer.role !== "instructor" && viewer.role !== "admin") return { rows: [], total: 0, totalCapped: false, page: 1, hasNext: false };
  const where: Prisma.Sql[] = [Prisma.sql`d."ownerId" = ${viewer.id}`, Prisma.sql`d."deletedAt" IS NULL`, Prisma.sql`q."deletedAt" IS NULL`];
  if (query.q) {
    const pattern = searchPattern(query.q);
    where.push(Prisma.sql`(${containsText(Prisma.sql`q."prompt"`, pattern)} OR ${containsText(Prisma.sql`q."answer"`, pattern)})`);
  }
  if (query.deck) where.push(Prisma.sql`q."deckId" = ${query.deck}`);
  const condition = Prisma.join(where, " AND ");
  const dir = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const order = query.sort === "prompt" ? Prisma.sql`q."prompt" ${dir}` : query.sort === "deck" ? Prisma.sql`d."title" ${dir}, q."position" ASC` : Prisma.sql`d."title" ASC, q."position" ${dir}`;
  return browsePage(
    query.page,
    (limit, offset) => db.$queryRaw<AuthoredQuestion[]>`
      SELECT q."id" AS "questionId", q."deckId", d."title" AS "deckTitle", q."prompt", q."answer", q."kind", q."status"
      FROM "Question" q JOIN "Deck" d ON d."id" = q."deckId"
      WHERE ${condition}
      ORDER BY ${order}, q."id" ASC
      LIMIT ${limit} OFFSET ${offset}`,
    async (cap) => {
      const [row] = await db.$queryRaw<Array<{ n: number | bigint }>>`
        SELECT COUNT(*) AS "n" FROM (SELECT 1 AS "one" FROM "Question" q JOIN "Deck" d ON d."id" = q."deckId" WHERE ${condition} LIMIT ${cap}) AS "page"`;
      return Number(row?.n ?? 0);
    },
  );
}
