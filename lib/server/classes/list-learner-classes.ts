import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";

export type LearnerClass = {
  id: string;
  name: string;
  instructorName: string;
  assignments: { deckId: string; deckTitle: string; dueAt: Date | null; questionCount: number; studiedCount: number; pastDue: boolean }[];
};

/** Classes I am enrolled in, with their assignments (published decks only) and how much of each I have studied. */
export async function listLearnerClasses(viewer: Viewer, now = new Date()): Promise<LearnerClass[]> {
  const enrollments = await db.enrollment.findMany({
    where: { userId: viewer.id, class: { archivedAt: null } },
    orderBy: { joinedAt: "asc" },
    include: {
      class: {
        select: {
          id: true,
          name: true,
          owner: { select: { name: true } },
          assignments: {
            where: { deck: { deletedAt: null, status: "published" } },
            orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
            select: { dueAt: true, deck: { select: { id: true, title: true, _count: { select: { questions: { where: { deletedAt: null, status: "approved" } } } } } } },
          },
        },
      },
    },
  });
  const deckIds = [...new Set(enrollments.flatMap((e) => e.class.assignments.map((a) => a.deck.id)))];
  const studied = await db.card.groupBy({
    by: ["deckId"],
    where: { userId: viewer.id, deckId: { in: deckIds }, lastReview: { not: null }, question: { deletedAt: null, status: "approved" } },
    _count: { _all: true },
  });
  return enrollments.map((e) => ({
    id: e.class.id,
    name: e.class.name,
    instructorName: e.class.owner.name,
    assignments: e.class.assignments.map((a) => ({
      deckId: a.deck.id,
      deckTitle: a.deck.title,
      dueAt: a.dueAt,
      questionCount: a.deck._count.questions,
      studiedCount: studied.find((s) => s.deckId === a.deck.id)?._count._all ?? 0,
    })).map((a) => ({ ...a, pastDue: Boolean(a.dueAt && a.dueAt < now && a.studiedCount < a.questionCount) })),
  }));
}
