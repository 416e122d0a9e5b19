import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "@/lib/server/decks/deck-access";

/** Moves a question one place up or down in its deck (positions renumbered 0..n-1 so gaps never confuse the order). */
export async function moveQuestion(viewer: Viewer, questionId: string, direction: "up" | "down"): Promise<{ position: number }> {
  const question = await db.question.findFirst({
    where: { id: questionId, deletedAt: null, deck: editableDeckWhere(viewer) },
    select: { id: true, deckId: true },
  });
  if (!question) throw notFound("Question");
  return db.$transaction(async (tx) => {
    const rows = await tx.question.findMany({
      where: { deckId: question.deckId, deletedAt: null },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, position: true },
    });
    const ids = rows.map((q) => q.id);
    const before = new Map(rows.map((q) => [q.id, q.position]));
    const from = ids.indexOf(question.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    // Only rows whose position changes are written, so other questions' edit versions stay valid.
    for (const [position, id] of ids.entries()) if (before.get(id) !== position) await tx.question.update({ where: { id }, data: { position } });
    return { position: Math.max(0, Math.min(ids.length - 1, to)) };
  });
}
