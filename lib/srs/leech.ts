/**
 * Leeches: cards forgotten again and again. Anki's rule, with its default threshold: a card becomes a leech
 * on its 8th lapse, and is flagged again every half threshold after that (12, 16, …), so a leech the learner
 * unsuspended and still keeps forgetting comes back to their attention.
 */
export const LEECH_LAPSES = 8;

/** What a learner chose to happen to a new leech: suspend it (Anki's default) or only tag it. */
export type LeechAction = "suspend" | "tag";
export const LEECH_ACTIONS: readonly LeechAction[] = ["suspend", "tag"];

export function toLeechAction(value: string): LeechAction {
  return value === "tag" ? "tag" : "suspend";
}

/** True when this answer's lapse makes the card (again) a leech: lapses went up and landed on a leech step. */
export function becomesLeech(lapsesBefore: number, lapsesAfter: number): boolean {
  if (lapsesAfter <= lapsesBefore || lapsesAfter < LEECH_LAPSES) return false;
  const half = Math.max(1, Math.ceil(LEECH_LAPSES / 2));
  return (lapsesAfter - LEECH_LAPSES) % half === 0;
}
