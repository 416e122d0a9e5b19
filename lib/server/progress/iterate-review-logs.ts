import "server-only";
import { db, type Prisma } from "@/lib/server/db/client";

const PAGE = 2000;

/**
 * The viewer's review log in (reviewedAt, id) order, fetched in pages with a keyset cursor so a
 * 50k-row export never holds the whole log in memory and each query stays an index range scan.
 */
export async function* iterateReviewLogs<S extends Prisma.ReviewLogSelect>(
  userId: string,
  select: S,
  where: Prisma.ReviewLogWhereInput = {},
): AsyncGenerator<(Prisma.ReviewLogGetPayload<{ select: S }> & { id: string; reviewedAt: Date })[]> {
  let after: { reviewedAt: Date; id: string } | null = null;
  for (;;) {
    const cursorWhere: Prisma.ReviewLogWhereInput = after
      ? { OR: [{ reviewedAt: { gt: after.reviewedAt } }, { reviewedAt: after.reviewedAt, id: { gt: after.id } }] }
      : {};
    const rows = (await db.reviewLog.findMany({
      where: { AND: [{ userId }, where, cursorWhere] },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      take: PAGE,
      select: { ...select, id: true, reviewedAt: true } as S,
    })) as unknown as (Prisma.ReviewLogGetPayload<{ select: S }> & { id: string; reviewedAt: Date })[];
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = { reviewedAt: last.reviewedAt, id: last.id };
  }
}
