import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { epochSeconds, greatest, num } from "@/lib/server/db/sql-dialect";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { dayKeyOf } from "@/lib/srs/learner-day";
import { FORGETTING_DECAY, FORGETTING_FACTOR } from "@/lib/srs/retrievability";

export const progressSortKeys = ["attention", "name", "studied", "due", "overdue", "retention", "knowledge", "time", "lastActive", "completion"] as const;
export type ProgressSortKey = (typeof progressSortKeys)[number];

export type LearnerProgress = {
  userId: string;
  name: string;
  email: string;
  studied: number;
  dueNow: number;
  overdue: number;
  /** 1 − again/reviews over the last 30 days (all the learner's reviews), null without reviews. */
  retention: number | null;
  reviews30d: number;
  /** Mean FSRS retrievability over every assigned question; unstudied questions count as 0. */
  knowledge: number;
  totalMs: number;
  lastActive: Date | null;
  /** Share of assigned questions studied at least once. */
  completion: number;
  attention: string[];
};

export type ClassProgress = { classId: string; className: string; assignedQuestions: number; learners: LearnerProgress[] };

const DAY_MS = 86_400_000;
const INACTIVE_DAYS = 7;

type Row = { userId: string; studied: unknown; dueNow: unknown; overdue: unknown; rSum: unknown; totalMs: unknown; lastActive: string | null };

/**
 * One row per enrolled learner, from counters only (Card rows of the assigned decks' approved questions
 * and LearnerDayStat): two grouped queries whatever the size of the review log.
 */
export async function getClassProgress(
  viewer: Viewer,
  classId: string,
  options: { sort?: ProgressSortKey; dir?: "asc" | "desc"; now?: Date } = {},
): Promise<ClassProgress> {
  const now = options.now ?? new Date();
  const cls = await db.class.findFirst({
    where: { id: classId, ownerId: viewer.id, archivedAt: null },
    select: { id: true, name: true },
  });
  if (!cls) throw notFound("Class");

  // Once the class is known to be the viewer's, every read below depends only on its id: they run
  // side by side. The enrolled learners are one raw join: the nested Prisma select (Enrollment, then
  // User IN 1,000 ids) took 38–90 ms (medians of runs) at 1,000 learners on PostgreSQL.
  const enrolled = db.$queryRaw<{ id: string; name: string; email: string }[]>`
    SELECT u."id", u."name", u."email" FROM "Enrollment" e JOIN "User" u ON u."id" = e."userId" WHERE e."classId" = ${cls.id}`;
  const questionCount = db.question.count({
    where: { deletedAt: null, status: "approved", deck: { deletedAt: null, assignments: { some: { classId: cls.id } } } },
  });
  const overdueBefore = new Date(now.getTime() - DAY_MS);
  const nowSec = now.getTime() / 1000;
  // One pass over the enrolled learners' cards of the assigned decks, served entirely from the
  // Card(userId, deckId, lastReview, due, stability, totalMs) covering index. Dates are ISO-8601
  // text in SQLite, so `due` compares as a string; sql-dialect gives seconds for the curve.
  // Cards of deleted/unapproved questions in those decks are rare; a second small query subtracts them.
  // The per-card work is most of the cost at 300,000 cards (PostgreSQL, one core): aggregate FILTERs
  // instead of SUM(CASE …) and a float epoch instead of EXTRACT's numeric took it from ~650 to ~380 ms.
  // A never-reviewed card has a NULL lastReview, so COUNT("lastReview") counts studied cards.
  const reviewed = Prisma.sql`c."lastReview" IS NOT NULL`;
  const aggregate = (excludedOnly: boolean) => db.$queryRaw<Row[]>`
    SELECT e."userId" AS "userId",
      COUNT(c."lastReview") AS "studied",
      COUNT(*) FILTER (WHERE ${reviewed} AND c."due" <= ${now}) AS "dueNow",
      COUNT(*) FILTER (WHERE ${reviewed} AND c."due" < ${overdueBefore}) AS "overdue",
      SUM(power(1.0 + ${num(FORGETTING_FACTOR)} * ${greatest(Prisma.sql`0.0`, Prisma.sql`${num(nowSec)} - ${epochSeconds(Prisma.sql`c."lastReview"`)}`)} / 86400.0 / c."stability", ${num(-FORGETTING_DECAY)}))
        FILTER (WHERE ${reviewed} AND c."stability" > 0) AS "rSum",
      SUM(c."totalMs") AS "totalMs",
      MAX(c."lastReview") AS "lastActive"
    FROM "Enrollment" e
    JOIN "Card" c ON c."userId" = e."userId"
      AND c."deckId" IN (SELECT a."deckId" FROM "Assignment" a JOIN "Deck" d ON d."id" = a."deckId" WHERE a."classId" = ${cls.id} AND d."deletedAt" IS NULL)
    WHERE e."classId" = ${cls.id}
      ${excludedOnly ? Prisma.sql`AND c."questionId" IN (
        SELECT q."id" FROM "Question" q JOIN "Assignment" a2 ON a2."deckId" = q."deckId" AND a2."classId" = ${cls.id}
        WHERE q."deletedAt" IS NOT NULL OR q."status" <> 'approved')` : Prisma.empty}
    GROUP BY e."userId"`;
  const since = dayKeyOf(new Date(now.getTime() - 29 * DAY_MS), viewer.timeZone, viewer.dayStartHour);
  const [users, assignedQuestions, rows, excluded, days] = await Promise.all([
    enrolled,
    questionCount,
    aggregate(false),
    aggregate(true),
    db.learnerDayStat.groupBy({
      by: ["userId"],
      where: { dayKey: { gte: since }, user: { enrollments: { some: { classId: cls.id } } } },
      _sum: { reviews: true, againCount: true },
    }),
  ]);

  const byUser = new Map(rows.map((r) => [r.userId, r]));
  const minus = new Map(excluded.map((r) => [r.userId, r]));
  const net = (r: Row | undefined, m: Row | undefined, key: "studied" | "dueNow" | "overdue" | "rSum" | "totalMs") => Number(r?.[key] ?? 0) - Number(m?.[key] ?? 0);
  const dayByUser = new Map(days.map((d) => [d.userId, d._sum]));
  const learners: LearnerProgress[] = users.map((user) => {
    const r = byUser.get(user.id);
    const m = minus.get(user.id);
    const d = dayByUser.get(user.id);
    const reviews = d?.reviews ?? 0;
    const studied = net(r, m, "studied");
    const lastActive = r?.lastActive ? new Date(r.lastActive) : null;
    const p: LearnerProgress = {
      userId: user.id,
      name: user.name,
      email: user.email,
      studied,
      dueNow: net(r, m, "dueNow"),
      overdue: net(r, m, "overdue"),
      retention: reviews > 0 ? 1 - (d?.againCount ?? 0) / reviews : null,
      reviews30d: reviews,
      knowledge: assignedQuestions > 0 ? Math.max(0, net(r, m, "rSum")) / assignedQuestions : 0,
      totalMs: net(r, m, "totalMs"),
      lastActive,
      completion: assignedQuestions > 0 ? studied / assignedQuestions : 0,
      attention: [],
    };
    if (assignedQuestions > 0 && p.knowledge < 0.5) p.attention.push("low knowledge");
    if (p.overdue > 0) p.attention.push("overdue cards");
    if (!lastActive || now.getTime() - lastActive.getTime() > INACTIVE_DAYS * DAY_MS) p.attention.push("inactive");
    return p;
  });

  const sort = options.sort ?? "attention";
  const sign = (options.dir ?? (sort === "name" ? "asc" : sort === "attention" ? "desc" : "asc")) === "asc" ? 1 : -1;
  const value = (p: LearnerProgress): number | string => {
    switch (sort) {
      case "attention": return p.attention.length * 10 + (1 - p.knowledge);
      case "name": return p.name.toLowerCase();
      case "studied": return p.studied;
      case "due": return p.dueNow;
      case "overdue": return p.overdue;
      case "retention": return p.retention ?? -1;
      case "knowledge": return p.knowledge;
      case "time": return p.totalMs;
      case "lastActive": return p.lastActive?.getTime() ?? 0;
      case "completion": return p.completion;
    }
  };
  learners.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c = va < vb ? -1 : va > vb ? 1 : 0;
    return c * sign || a.name.localeCompare(b.name);
  });
  return { classId: cls.id, className: cls.name, assignedQuestions, learners };
}
