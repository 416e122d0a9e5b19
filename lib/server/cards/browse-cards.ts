import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { BROWSE_STATES, type BrowseQuery } from "@/lib/cards/browse-query";
import { learnerDay } from "@/lib/srs/learner-day";
import { containsText } from "@/lib/server/db/sql-dialect";
import { browsePage, type BrowseResult } from "./browse-page";
import { searchPattern } from "./search-pattern";

export type BrowsedCard = {
  questionId: string;
  deckId: string;
  deckTitle: string;
  prompt: string;
  answer: string;
  state: number;
  due: Date;
  reps: number;
  lapses: number;
  lastReview: Date | null;
  suspended: boolean;
  /** Set while the card is buried. */
  buriedUntil: Date | null;
  leech: boolean;
};

type Raw = Record<keyof BrowsedCard, unknown>;
const DAY_MS = 86_400_000;

const ORDER: Record<BrowseQuery["sort"], Prisma.Sql> = {
  due: Prisma.sql`c."due"`,
  lapses: Prisma.sql`c."lapses"`,
  reviews: Prisma.sql`c."reps"`,
  // Never-reviewed cards last either way round, the same on both databases (their NULL ordering differs).
  "last-review": Prisma.sql`c."lastReview"`,
  prompt: Prisma.sql`q."prompt"`,
  deck: Prisma.sql`d."title"`,
};

/**
 * The viewer's own cards across every deck, searched, filtered, sorted and paged in SQL, so it stays fast at
 * 50,000 cards: the page's card ids are picked first (joining only what the filter and sort need, sorting ids
 * rather than whole rows), then their columns are read; the count runs only when the page cannot tell it
 * (browse-page.ts). Only `c."userId" = viewer` rows are ever read: nobody browses another learner's cards.
 * Cards of deleted questions are left out.
 */
export async function browseCards(viewer: Viewer, query: BrowseQuery, now: Date = new Date()): Promise<BrowseResult<BrowsedCard>> {
  const where: Prisma.Sql[] = [Prisma.sql`c."userId" = ${viewer.id}`, Prisma.sql`q."deletedAt" IS NULL`];
  // A text search is driven from the questions of the learner's decks (read in table order, each checked for
  // the learner's card through the unique (userId, questionId) index): 50,000 random card-to-question lookups
  // cost ten times more, and an index walk in due order would read them all when few cards match.
  // CROSS JOIN tells SQLite to keep that order; PostgreSQL plans it as the inner join it is.
  let from = Prisma.sql`"Card" c JOIN "Question" q ON q."id" = c."questionId"`;
  if (query.q) {
    const pattern = searchPattern(query.q);
    from = Prisma.sql`"Question" q CROSS JOIN "Card" c`;
    where.push(Prisma.sql`c."questionId" = q."id"`);
    where.push(Prisma.sql`q."deckId" IN (SELECT DISTINCT "deckId" FROM "Card" WHERE "userId" = ${viewer.id})`);
    where.push(Prisma.sql`(${containsText(Prisma.sql`q."prompt"`, pattern)} OR ${containsText(Prisma.sql`q."answer"`, pattern)})`);
  }
  if (query.deck) where.push(Prisma.sql`c."deckId" = ${query.deck}`);
  if (query.state) where.push(Prisma.sql`c."state" = ${BROWSE_STATES.indexOf(query.state)}`);
  if (query.due) {
    // Due filters are about studied cards (a new card's due date only says when it was made).
    where.push(Prisma.sql`c."state" <> 0`);
    const dayEnd = learnerDay(now, viewer.timeZone, viewer.dayStartHour).end;
    const weekEnd = new Date(now.getTime() + 7 * DAY_MS);
    if (query.due === "now") where.push(Prisma.sql`c."due" <= ${now}`);
    else if (query.due === "today") where.push(Prisma.sql`c."due" < ${dayEnd}`);
    else if (query.due === "week") where.push(Prisma.sql`c."due" < ${weekEnd}`);
    else where.push(Prisma.sql`c."due" >= ${weekEnd}`);
  }
  if (query.suspended) where.push(Prisma.sql`c."suspended" = ${query.suspended === "yes"}`);
  if (query.leech) where.push(Prisma.sql`c."leech" = ${true}`);
  if (query.lapses) where.push(Prisma.sql`c."lapses" >= ${query.lapses}`);
  const condition = Prisma.join(where, " AND ");
  const dir = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const nullsLast = query.sort === "last-review" ? Prisma.sql`CASE WHEN c."lastReview" IS NULL THEN 1 ELSE 0 END, ` : Prisma.empty;
  const orderBy = Prisma.sql`${nullsLast}${ORDER[query.sort]} ${dir}, c."id" ASC`;
  const deckJoin = query.sort === "deck" ? Prisma.sql`JOIN "Deck" d ON d."id" = c."deckId"` : Prisma.empty;

  const result = await browsePage(
    query.page,
    (limit, offset) => db.$queryRaw<Raw[]>`
      SELECT c."questionId", c."deckId", d."title" AS "deckTitle", q."prompt", q."answer", c."state", c."due", c."reps", c."lapses",
        c."lastReview", c."suspended", c."buriedUntil", c."leech"
      FROM "Card" c JOIN "Question" q ON q."id" = c."questionId" JOIN "Deck" d ON d."id" = c."deckId"
      WHERE c."id" IN (
        SELECT c."id" FROM ${from} ${deckJoin}
        WHERE ${condition} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset})
      ORDER BY ${orderBy}`,
    async (cap) => {
      const [row] = await db.$queryRaw<Array<{ n: number | bigint }>>`
        SELECT COUNT(*) AS "n" FROM (SELECT 1 AS "one" FROM ${from} WHERE ${condition} LIMIT ${cap}) AS "page"`;
      return Number(row?.n ?? 0);
    },
  );
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | Date));
  return {
    ...result,
    rows: result.rows.map((r) => {
      const buriedUntil = date(r.buriedUntil);
      return {
        questionId: String(r.questionId),
        deckId: String(r.deckId),
        deckTitle: String(r.deckTitle),
        prompt: String(r.prompt),
        answer: String(r.answer),
        state: Number(r.state),
        due: date(r.due) as Date,
        reps: Number(r.reps),
        lapses: Number(r.lapses),
        lastReview: date(r.lastReview),
        // SQLite hands booleans back as 0/1 in raw results.
        suspended: Boolean(r.suspended),
        buriedUntil: buriedUntil && buriedUntil > now ? buriedUntil : null,
        leech: Boolean(r.leech),
      };
    }),
  };
}
