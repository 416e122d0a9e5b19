import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { BROWSE_PAGE_SIZE, BROWSE_STATES, type BrowseQuery } from "@/lib/cards/browse-query";
import { learnerDay } from "@/lib/srs/learner-day";
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

export type BrowseResult<Row> = { rows: Row[]; total: number; page: number; pageCount: number };

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
 * The viewer's own cards across every deck, searched, filtered, sorted and paged in SQL (one page of rows and
 * one count, in parallel), so it stays fast at 50,000 cards. Only `c."userId" = viewer` rows are ever read:
 * nobody browses another learner's cards. Cards of deleted questions are left out.
 */
export async function browseCards(viewer: Viewer, query: BrowseQuery, now: Date = new Date()): Promise<BrowseResult<BrowsedCard>> {
  const where: Prisma.Sql[] = [Prisma.sql`c."userId" = ${viewer.id}`, Prisma.sql`q."deletedAt" IS NULL`];
  if (query.q) {
    const pattern = searchPattern(query.q);
    where.push(Prisma.sql`(LOWER(q."prompt") LIKE ${pattern} ESCAPE '\\' OR LOWER(q."answer") LIKE ${pattern} ESCAPE '\\')`);
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
  const offset = (query.page - 1) * BROWSE_PAGE_SIZE;

  const [rows, counted] = await Promise.all([
    db.$queryRaw<Raw[]>`
      SELECT c."questionId", c."deckId", d."title" AS "deckTitle", q."prompt", q."answer", c."state", c."due", c."reps", c."lapses",
        c."lastReview", c."suspended", c."buriedUntil", c."leech"
      FROM "Card" c JOIN "Question" q ON q."id" = c."questionId" JOIN "Deck" d ON d."id" = c."deckId"
      WHERE ${condition}
      ORDER BY ${nullsLast}${ORDER[query.sort]} ${dir}, c."id" ASC
      LIMIT ${BROWSE_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<Array<{ n: number | bigint }>>`
      SELECT COUNT(*) AS "n" FROM "Card" c JOIN "Question" q ON q."id" = c."questionId" WHERE ${condition}`,
  ]);
  const total = Number(counted[0]?.n ?? 0);
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | Date));
  return {
    rows: rows.map((r) => {
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
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE)),
  };
}
