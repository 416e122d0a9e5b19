import "server-only";
import { LEECH_LAPSES } from "@/lib/srs/leech";
import type { CardBeforeSnapshot } from "./card-counters";

/**
 * What undoing an answer that made its card a leech puts back: the tag as it was before that answer (a card
 * is tagged once its lapses reached the threshold, so the restored lapse count tells), and the suspension the
 * rule added. Answers that did not fire the rule leave both alone (a learner's own suspension stays).
 */
export function leechUndoFields(snapshot: CardBeforeSnapshot): { leech?: boolean; suspended?: boolean } {
  if (!snapshot.leechFired) return {};
  return { leech: snapshot.lapses >= LEECH_LAPSES, ...(snapshot.leechFired === "suspend" ? { suspended: false } : {}) };
}
