import "server-only";
import { db } from "@/lib/server/db/client";
import { queueableCardWhere } from "@/lib/server/study/queueable-card-where";
import type { Viewer } from "@/lib/server/auth/viewer";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { learnerDay } from "@/lib/srs";
import { computeStreak, type Streak } from "@/lib/stats/streak";

export type HomeDeck = {
  deckId: string;
  title: string;
  due: number;
  /** New cards the learner could start today (deck's unseen questions, capped by today's remaining new-card allowance). */
  newAvailable: number;
  unseen: number;
  studied: number;
  assignment: { className: string; dueAt: Date | null } | null;
};

export type HomeSummary = {
  today: string;
  streak: Streak;
  reviewsToday: number;
  newLeftToday: number;
  dueTotal: number;
  decks: HomeDeck[];
};

/**
 * The signed-in learner's "what now" view: for each deck they have studied or been assigned,
 * cards due before their local day ends and new cards they may start; assignments; streak.
 */
export async function getHomeSummary(viewer: Viewer, now: Date = new Date()): Promise<HomeSummary> {
  const day = learnerDay(now, viewer.timeZone, viewer.dayStartHour);
  const [activeDays, todayStat, studiedDecks, assignments] = await Promise.all([
    db.learnerDayStat.findMany({ where: { userId: viewer.id, reviews: { gt: 0 } }, select: { dayKey: true, reviews: true, againCount: true } }),
    db.learnerDayStat.findUnique({ where: { userId_dayKey: { userId: viewer.id, dayKey: day.key } }, select: { reviews: true, newCount: true } }),
    db.card.groupBy({ by: ["deckId"], where: { userId: viewer.id, state: { not: 0 } }, _count: { _all: true } }),
    db.assignment.findMany({
      where: { class: { archivedAt: null, enrollments: { some: { userId: viewer.id } } }, deck: visibleDeckWhere(viewer) },
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
      select: { deckId: true, dueAt: true, class: { select: { name: true } } },
    }),
  ]);

  const candidateIds = [...new Set([...studiedDecks.map((d) => d.deckId), ...assignments.map((a) => a.deckId)])];
  if (candidateIds.length === 0) {
    return { today: day.key, streak: computeStreak(activeDays, day.key), reviewsToday: todayStat?.reviews ?? 0, newLeftToday: newLeft(viewer, todayStat?.newCount), dueTotal: 0, decks: [] };
  }

  const liveQuestion = { deletedAt: null, status: "approved" } as const;
  const [decks, dueByDeck, startedByDeck, hiddenNewByDeck] = await Promise.all([
    db.deck.findMany({
      where: { AND: [{ id: { in: candidateIds } }, visibleDeckWhere(viewer)] },
      select: { id: true, title: true, _count: { select: { questions: { where: liveQuestion } } } },
    }),
    db.card.groupBy({
      by: ["deckId"],
      // Suspended and buried cards are not due today (a burial ends when the next study day starts).
      where: { userId: viewer.id, deckId: { in: candidateIds }, state: { not: 0 }, due: { lt: day.end }, question: liveQuestion, ...queueableCardWhere(now) },
      _count: { _all: true },
    }),
    db.card.groupBy({
      by: ["deckId"],
      where: { userId: viewer.id, deckId: { in: candidateIds }, state: { not: 0 }, question: liveQuestion },
      _count: { _all: true },
    }),
    // Never-answered questions the learner suspended or buried: not new cards they can start today.
    db.card.groupBy({
      by: ["deckId"],
      where: { userId: viewer.id, deckId: { in: candidateIds }, state: 0, question: liveQuestion, OR: [{ suspended: true }, { buriedUntil: { gt: now } }] },
      _count: { _all: true },
    }),
  ]);

  const newLeftToday = newLeft(viewer, todayStat?.newCount);
  const due = new Map(dueByDeck.map((g) => [g.deckId, g._count._all]));
  const started = new Map(startedByDeck.map((g) => [g.deckId, g._count._all]));
  const hiddenNew = new Map(hiddenNewByDeck.map((g) => [g.deckId, g._count._all]));
  const assignmentOf = new Map<string, HomeDeck["assignment"]>();
  for (const a of assignments) if (!assignmentOf.has(a.deckId)) assignmentOf.set(a.deckId, { className: a.class.name, dueAt: a.dueAt });

  const rows: HomeDeck[] = decks.map((d) => {
    const studied = started.get(d.id) ?? 0;
    const unseen = Math.max(0, d._count.questions - studied);
    return {
      deckId: d.id,
      title: d.title,
      due: due.get(d.id) ?? 0,
      newAvailable: Math.min(Math.max(0, unseen - (hiddenNew.get(d.id) ?? 0)), newLeftToday),
      unseen,
      studied,
      assignment: assignmentOf.get(d.id) ?? null,
    };
  });
  // Most urgent first: due cards, then assignment deadlines, then title.
  rows.sort(
    (a, b) =>
      b.due - a.due ||
      (a.assignment?.dueAt?.getTime() ?? Infinity) - (b.assignment?.dueAt?.getTime() ?? Infinity) ||
      a.title.localeCompare(b.title),
  );
  return {
    today: day.key,
    streak: computeStreak(activeDays, day.key),
    reviewsToday: todayStat?.reviews ?? 0,
    newLeftToday,
    dueTotal: rows.reduce((s, r) => s + r.due, 0),
    decks: rows,
  };
}

function newLeft(viewer: Viewer, newToday: number | undefined): number {
  return Math.max(0, viewer.newCardsPerDay - (newToday ?? 0));
}
