import "server-only";
import { formatInterval } from "@/lib/srs/interval-label";
import type { SavedReviewView } from "./study-types";

type LogRow = { id: string; questionId: string; rating: number; correct: boolean | null; state: number; due: Date; reviewedAt: Date; cardVersion: number };

/** The response part describing a stored review; built from the log row so a replay returns the same body. */
export function toSavedReviewView(log: LogRow): SavedReviewView {
  return {
    logId: log.id,
    questionId: log.questionId,
    rating: log.rating,
    correct: log.correct,
    state: log.state,
    due: log.due.toISOString(),
    reviewedAt: log.reviewedAt.toISOString(),
    intervalLabel: formatInterval(log.due.getTime() - log.reviewedAt.getTime()),
    version: log.cardVersion + 1,
  };
}
