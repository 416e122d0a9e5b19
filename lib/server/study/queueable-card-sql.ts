import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * Cards the study queue may show at `now`, as a SQL condition on the card aliased `c`: not suspended, and not
 * buried (a burial ends at the start of the learner's next study day, stored in buriedUntil when buried).
 * The model-API twin for counts is queueableCardWhere.
 */
export function queueableCardSql(now: Date): Prisma.Sql {
  return Prisma.sql`c."suspended" = false AND (c."buriedUntil" IS NULL OR c."buriedUntil" <= ${now})`;
}
