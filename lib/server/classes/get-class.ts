import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "@/lib/server/decks/deck-access";

export type ClassDetail = {
  id: string;
  name: string;
  joinCode: string;
  learners: { userId: string; name: string; email: string; joinedAt: Date }[];
  assignments: { id: string; deckId: string; deckTitle: string; dueAt: Date | null; questionCount: number }[];
  assignableDecks: { id: string; title: string }[];
};

/** The owner's view of a class; anyone else gets "not found". */
export async function getClass(viewer: Viewer, classId: string): Promise<ClassDetail> {
  const cls = await db.class.findFirst({
    where: { id: classId, ownerId: viewer.id, archivedAt: null },
    include: {
      enrollments: { orderBy: { joinedAt: "asc" }, include: { user: { select: { id: true, name: true, email: true } } } },
      assignments: {
        orderBy: { createdAt: "asc" },
        include: { deck: { select: { id: true, title: true, _count: { select: { questions: { where: { deletedAt: null, status: "approved" } } } } } } },
      },
    },
  });
  if (!cls) throw notFound("Class");
  const assigned = new Set(cls.assignments.map((a) => a.deckId));
  const decks = await db.deck.findMany({
    where: { AND: [editableDeckWhere(viewer), { status: "published", visibility: { in: ["class", "public"] } }] },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
  });
  return {
    id: cls.id,
    name: cls.name,
    joinCode: cls.joinCode,
    learners: cls.enrollments.map((e) => ({ userId: e.user.id, name: e.user.name, email: e.user.email, joinedAt: e.joinedAt })),
    assignments: cls.assignments.map((a) => ({ id: a.id, deckId: a.deckId, deckTitle: a.deck.title, dueAt: a.dueAt, questionCount: a.deck._count.questions })),
    assignableDecks: decks.filter((d) => !assigned.has(d.id)),
  };
}
