import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";

/** queueableCardSql for the model API: not suspended, not buried at `now` (counts, forecasts, the session's end). */
export function queueableCardWhere(now: Date): Prisma.CardWhereInput {
  return { suspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] };
}
