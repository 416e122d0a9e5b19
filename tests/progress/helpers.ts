import type { Viewer } from "@/lib/server/auth/viewer";
import { toViewer } from "@/lib/server/auth/to-viewer";
import { db } from "@/lib/server/db/client";

let n = 0;

/** A learner row plus the Viewer the data layer receives (toViewer, as a signed-in request builds it). */
export async function createLearner(name: string, overrides: Partial<Viewer> = {}): Promise<Viewer> {
  n++;
  const user = await db.user.create({
    data: {
      id: `progress-${name}-${n}`,
      name,
      email: `${name.toLowerCase()}-${n}@progress.test`,
      timeZone: overrides.timeZone ?? "UTC",
      dayStartHour: overrides.dayStartHour ?? 4,
    },
  });
  return { ...toViewer(user), ...overrides };
}

/** A published deck with tagged approved questions. */
export async function createDeck(
  ownerId: string,
  title: string,
  visibility: "public" | "private",
  tags: string[][],
): Promise<{ id: string; questionIds: string[] }> {
  const deck = await db.deck.create({ data: { ownerId, title, visibility, status: "published" } });
  const questionIds: string[] = [];
  for (const [i, t] of tags.entries()) {
    const q = await db.question.create({
      data: { deckId: deck.id, kind: "flashcard", prompt: `${title} question ${i + 1}?`, answer: `Answer ${i + 1}`, tags: JSON.stringify(t), position: i },
    });
    questionIds.push(q.id);
  }
  return { id: deck.id, questionIds };
}
