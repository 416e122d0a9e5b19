import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "@/lib/server/decks/deck-access";
import type { BulkOperation } from "./bulk-operation";

// SQLite allows 999 bound parameters per statement in older builds (P2029 beyond what the driver accepts), and
// an `in` list binds one per id: work through the selection in slices, all inside one transaction.
const CHUNK = 400;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Applies one operation to selected questions of one of the instructor's decks, all or nothing. Ids from other
 * decks are ignored by the where clause. Delete is soft (deletedAt): learners' review logs and cards stay.
 */
export async function bulkUpdateQuestions(viewer: Viewer, deckId: string, questionIds: string[], op: BulkOperation): Promise<{ count: number }> {
  const deck = await db.deck.findFirst({ where: { AND: [{ id: deckId }, editableDeckWhere(viewer)] }, select: { id: true } });
  if (!deck) throw notFound("Deck");
  const target =
    op.type === "move" ? await db.deck.findFirst({ where: { AND: [{ id: op.targetDeckId }, editableDeckWhere(viewer)] }, select: { id: true } }) : null;
  if (op.type === "move" && !target) throw notFound("Target deck");
  const slices = chunks([...new Set(questionIds)]);
  const where = (ids: string[]) => ({ id: { in: ids }, deckId: deck.id, deletedAt: null });

  // Thousands of row updates can take longer than Prisma's 5 s default on a busy machine.
  return db.$transaction(
    async (tx) => {
      let count = 0;
      switch (op.type) {
        case "approve":
        case "reject":
        case "delete": {
          const data = op.type === "delete" ? { deletedAt: new Date() } : { status: op.type === "approve" ? "approved" : "rejected" };
          for (const ids of slices) count += (await tx.question.updateMany({ where: where(ids), data })).count;
          return { count };
        }
        case "move": {
          const last = await tx.question.aggregate({ where: { deckId: target!.id }, _max: { position: true } });
          const rows: { id: string; position: number }[] = [];
          for (const ids of slices) rows.push(...(await tx.question.findMany({ where: where(ids), select: { id: true, position: true } })));
          if (rows.length === 0) return { count: 0 };
          // One shift for all of them keeps their order and puts the first right after the target's last question
          // (gaps in positions are harmless: ordering only compares them).
          const shift = (last._max.position ?? -1) + 1 - Math.min(...rows.map((r) => r.position));
          for (const ids of chunks(rows.map((r) => r.id))) {
            await tx.question.updateMany({ where: { id: { in: ids } }, data: { deckId: target!.id, position: { increment: shift } } });
            // Cards carry deckId for the learner's per-deck queue; keep them with their question.
            await tx.card.updateMany({ where: { questionId: { in: ids } }, data: { deckId: target!.id } });
          }
          return { count: rows.length };
        }
        case "tag":
        case "untag": {
          const tag = op.tag.trim().toLowerCase();
          // Questions of a deck share few tag lists: one updateMany per distinct resulting list, not one update per row.
          const byTags = new Map<string, string[]>();
          for (const ids of slices) {
            for (const row of await tx.question.findMany({ where: where(ids), select: { id: true, tags: true } })) {
              const tags = new Set<string>(JSON.parse(row.tags) as string[]);
              if (op.type === "tag") tags.add(tag);
              else tags.delete(tag);
              const key = JSON.stringify([...tags]);
              const group = byTags.get(key);
              if (group) group.push(row.id);
              else byTags.set(key, [row.id]);
              count += 1;
            }
          }
          for (const [tags, ids] of byTags) for (const slice of chunks(ids)) await tx.question.updateMany({ where: { id: { in: slice } }, data: { tags } });
          return { count };
        }
      }
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
