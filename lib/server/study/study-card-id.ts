import "server-only";
import { createHash } from "node:crypto";

/**
 * Card ids are derived from (learner, question) rather than random: card rows are created
 * lazily on the first answer, yet the FSRS fuzz is seeded by card id, so the intervals shown
 * on a new card's buttons must already be computed with the id the row will get.
 */
export function studyCardId(userId: string, questionId: string): string {
  return `c${createHash("sha256").update(`${userId}\u0000${questionId}`).digest("base64url").slice(0, 24)}`;
}
