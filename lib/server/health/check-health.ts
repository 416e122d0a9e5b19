import "server-only";
import { db } from "@/lib/server/db/client";

export async function checkHealth(): Promise<{ ok: true; decks: number }> {
  return { ok: true, decks: await db.deck.count({ where: { deletedAt: null } }) };
}
