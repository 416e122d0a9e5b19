import "server-only";
import type { CardSnapshot } from "@/lib/srs/card";

/** Per-card counters; stored next to the FSRS snapshot in ReviewLog.cardBefore so undo restores them exactly. */
export type CardCounters = { attempts: number; correctCount: number; againCount: number; firstCorrect: boolean | null; totalMs: number };

/** `leechFired`: this answer made the card a leech (and what was done), so undo can take that back too. */
export type CardBeforeSnapshot = CardSnapshot & { counters: CardCounters; leechFired?: "suspend" | "tag" };

export const EMPTY_COUNTERS: CardCounters = { attempts: 0, correctCount: 0, againCount: 0, firstCorrect: null, totalMs: 0 };

export function parseCardBefore(raw: string): CardBeforeSnapshot | null {
  try {
    const value = JSON.parse(raw) as Partial<CardBeforeSnapshot>;
    return typeof value.due === "number" && typeof value.reps === "number" && value.counters ? (value as CardBeforeSnapshot) : null;
  } catch {
    return null;
  }
}
