import "server-only";
import type { QuestionKind } from "@/lib/server/questions/question-view";

export type RatingLabels = { again: string; hard: string; good: string; easy: string };

/** One card as the study client sees it (study is not a test: the answer travels with the card). */
export type StudyCardView = {
  questionId: string;
  deckId: string;
  kind: QuestionKind;
  prompt: string;
  answer: string;
  acceptedAnswers: string[];
  /** Multiple choice only, shuffled stably for this review. */
  choices: string[];
  sourceSentence: string;
  sourceHref: string | null;
  /** Where the answer sits in sourceSentence (findAnswer), found on the server so the study page ships no matcher. */
  sourceAnswerSpan: [number, number] | null;
  /** Version the client must send back as expectedVersion (0 = never answered). */
  version: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  queueKind: "new" | "learning" | "review";
  /** Interval each grade would schedule, e.g. { again: "1m", good: "10m", ... }. */
  intervals: RatingLabels;
};

export type QueueCountsView = { new: number; learning: number; review: number };

export type NextCardPayload = {
  card: StudyCardView | null;
  /**
   * The cards queued after `card`, in order (empty unless asked for): the study screen answers them
   * without asking the server for each next card, and refills when they run out.
   */
  upcoming: StudyCardView[];
  counts: QueueCountsView;
  /** Earliest due date among this deck's cards when nothing is left now (ISO), for the summary. */
  nextDue: string | null;
};

export type SavedReviewView = {
  logId: string;
  questionId: string;
  rating: number;
  correct: boolean | null;
  state: number;
  due: string;
  reviewedAt: string;
  intervalLabel: string;
  version: number;
};

export type ReviewResponse = { review: SavedReviewView };
