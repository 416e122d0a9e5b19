import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { notFound } from "@/lib/server/errors";
import { editableDeckWhere } from "@/lib/server/decks/deck-access";

/** Assigns one of my published class/public decks to my class (or changes its due date). */
export async function assignDeck(viewer: Viewer, classId: string, deckId: string, dueAt: Date | null): Promise<{ id: string }> {
  const cls = await db.class.findFirst({ where: { id: classId, ownerId: viewer.id, archivedAt: null }, select: { id: true } });
  if (!cls) throw notFound("Class");
  const deck = await db.deck.findFirst({
    where: { AND: [{ id: deckId }, editableDeckWhere(viewer), { status: "published", visibility: { in: ["class", "public"] } }] },
    select: { id: true },
  });
  if (!deck) throw notFound("Published deck (visibility class or public)");
  return db.assignment.upsert({
    where: { classId_deckId: { classId: cls.id, deckId: deck.id } },
    update: { dueAt },
    create: { classId: cls.id, deckId: deck.id, dueAt },
    select: { id: true },
  });
}
