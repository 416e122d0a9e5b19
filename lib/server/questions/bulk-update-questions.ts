import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "@/lib/server/decks/deck-access";

export type BulkOperation =
  | { type: "approve" }
  | { type: "reject" }
  | { type: "delete" }
  | { type: "tag"; tag: string }
  | { type: "untag"; tag: string }
  | { type: "move"; targetDeckId: string };

/**
 * Applies one operation to selected questions of one of the instructor's decks. Ids from other decks are
 * ignored by the where clause. Delete is soft (deletedAt): learners' review logs and cards stay.
 */
export async function bulkUpdateQuestions(viewer: Viewer, deckId: string, questionIds: string[], op: BulkOperation): Promise<{ count: number }> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: deckId }, editableDeckWhere(viewer)] }, select: { id: true } });
  if (!deck) throw notFound("Deck");
  const where = { id: { in: questionIds }, deckId: deck.id, deletedAt: null };
  switch (op.type) {
    case "approve":
    case "reject":
      return db.question.updateMany({ where, data: { status: op.type === "approve" ? "approved" : "rejected" } });
    case "delete":
      return db.question.updateMany({ where, data: { deletedAt: new Date() } });
    case "move": {
      const target = await db.deck.findFirst({ where: { AND: [{ id: op.targetDeckId }, editableDeckWhere(viewer)] }, select: { id: true } });
      if (!target) throw notFound("Target deck");
      return db.$transaction(async (tx) => {
        const last = await tx.question.aggregate({ where: { deckId: target.id }, _max: { position: true } });
        const rows = await tx.question.findMany({ where, orderBy: { position: "asc" }, select: { id: true } });
        let position = (last._max.position ?? -1) + 1;
        for (const row of rows) await tx.question.update({ where: { id: row.id }, data: { deckId: target.id, position: position++ } });
        // Cards carry deckId for the learner's per-deck queue; keep them with their question.
        await tx.card.updateMany({ where: { questionId: { in: rows.map((r) => r.id) } }, data: { deckId: target.id } });
        return { count: rows.length };
      });
    }
    case "tag":
    case "untag": {
      const tag = op.tag.trim().toLowerCase();
      return db.$transaction(async (tx) => {
        const rows = await tx.question.findMany({ where, select: { id: true, tags: true } });
        for (const row of rows) {
          const tags = new Set<string>(JSON.parse(row.tags) as string[]);
          if (op.type === "tag") tags.add(tag);
          else tags.delete(tag);
          await tx.question.update({ where: { id: row.id }, data: { tags: JSON.stringify([...tags]) } });
        }
        return { count: rows.length };
      });
    }
  }
}
