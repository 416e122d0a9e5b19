import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { dayKeyOf } from "@/lib/srs/learner-day";

export const HISTORY_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

export type LearnerDrilldown = {
  className: string;
  learner: { id: string; name: string; email: string };
  history: { id: string; reviewedAt: Date; type: string; rating: number; correct: boolean | null; answer: string | null; durationMs: number; prompt: string; deckTitle: string }[];
  page: number;
  pageCount: number;
  /** Cards coming due on each of the next 30 learner-local days (day 0 includes everything already due). */
  forecast: { dayKey: string; count: number }[];
};

/** One enrolled learner of my class: their review history on the assigned decks (paged) and a 30-day due forecast. */
export async function getLearnerDrilldown(viewer: Viewer, classId: string, userId: string, page = 1, now = new Date()): Promise<LearnerDrilldown> {
  const enrollment = await db.enrollment.findFirst({
    where: { classId, userId, class: { ownerId: viewer.id, archivedAt: null } },
    select: { class: { select: { name: true, assignments: { select: { deckId: true } } } }, user: { select: { id: true, name: true, email: true, timeZone: true, dayStartHour: true } } },
  });
  if (!enrollment) throw notFound("Learner");
  const deckIds = enrollment.class.assignments.map((a) => a.deckId);
  const where = { userId, deckId: { in: deckIds } };
  const total = await db.reviewLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const logs = await db.reviewLog.findMany({
    where,
    orderBy: { reviewedAt: "desc" },
    skip: (current - 1) * HISTORY_PAGE_SIZE,
    take: HISTORY_PAGE_SIZE,
    select: { id: true, reviewedAt: true, type: true, rating: true, correct: true, answer: true, durationMs: true, question: { select: { prompt: true, deck: { select: { title: true } } } } },
  });
  const { timeZone, dayStartHour } = enrollment.user;
  const horizon = new Date(now.getTime() + 30 * DAY_MS);
  const cards = await db.card.findMany({
    where: { userId, deckId: { in: deckIds }, lastReview: { not: null }, due: { lt: horizon }, question: { deletedAt: null, status: "approved" } },
    select: { due: true },
  });
  const forecast: { dayKey: string; count: number }[] = [];
  for (let i = 0; i < 30; i++) forecast.push({ dayKey: dayKeyOf(new Date(now.getTime() + i * DAY_MS), timeZone, dayStartHour), count: 0 });
  const index = new Map(forecast.map((f, i) => [f.dayKey, i]));
  for (const card of cards) {
    const key = card.due <= now ? forecast[0]!.dayKey : dayKeyOf(card.due, timeZone, dayStartHour);
    const i = index.get(key);
    if (i !== undefined) forecast[i]!.count++;
  }
  return {
    className: enrollment.class.name,
    learner: { id: enrollment.user.id, name: enrollment.user.name, email: enrollment.user.email },
    history: logs.map((l) => ({ id: l.id, reviewedAt: l.reviewedAt, type: l.type, rating: l.rating, correct: l.correct, answer: l.answer, durationMs: l.durationMs, prompt: l.question.prompt, deckTitle: l.question.deck.title })),
    page: current,
    pageCount,
    forecast,
  };
}
