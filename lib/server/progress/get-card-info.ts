import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { notFound } from "@/lib/server/errors";
import { parseStringList } from "@/lib/server/questions/question-view";
import { retrievability } from "@/lib/srs/retrievability";

export type CardReviewRow = {
  id: string;
  type: string;
  reviewedAt: Date;
  rating: number;
  stateBefore: number;
  state: number;
  /** Days from this review to the due date it set. */
  intervalDays: number;
  due: Date;
  answer: string | null;
  correct: boolean | null;
  durationMs: number;
  undone: boolean;
};

export type CardInfo = {
  question: { id: string; prompt: string; answer: string; kind: string; deckId: string; deckTitle: string; tags: string[] };
  card: {
    state: number;
    due: Date;
    stability: number;
    difficulty: number;
    retrievability: number;
    reps: number;
    lapses: number;
    attempts: number;
    correctCount: number;
    againCount: number;
    lastReview: Date | null;
    suspended: boolean;
    /** Set while buried (the card comes back at this instant). */
    buriedUntil: Date | null;
    leech: boolean;
    version: number;
  } | null;
  reviews: CardReviewRow[];
  reviewsShown: number;
  reviewsTotal: number;
};

const HISTORY_LIMIT = 200;

/** One question as the viewer has studied it: their card state and their review history only. */
export async function getCardInfo(viewer: Viewer, questionId: string, now: Date = new Date()): Promise<CardInfo> {
  // Visible if its deck is, or if the viewer has studied it (a deck that later went private keeps the learner's own history).
  const question = await db.question.findFirst({
    where: { id: questionId, deletedAt: null, OR: [{ deck: visibleDeckWhere(viewer) }, { cards: { some: { userId: viewer.id } } }] },
    select: { id: true, prompt: true, answer: true, kind: true, deckId: true, tags: true, deck: { select: { title: true } } },
  });
  if (!question) throw notFound("Question");

  const [card, logs, reviewsTotal] = await Promise.all([
    db.card.findUnique({ where: { userId_questionId: { userId: viewer.id, questionId } } }),
    db.reviewLog.findMany({
      where: { userId: viewer.id, questionId },
      orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }],
      take: HISTORY_LIMIT,
      select: {
        id: true,
        type: true,
        undoesLogId: true,
        reviewedAt: true,
        rating: true,
        stateBefore: true,
        state: true,
        due: true,
        answer: true,
        correct: true,
        durationMs: true,
      },
    }),
    db.reviewLog.count({ where: { userId: viewer.id, questionId } }),
  ]);
  const undone = new Set(logs.map((l) => l.undoesLogId).filter((id): id is string => id !== null));

  return {
    question: {
      id: question.id,
      prompt: question.prompt,
      answer: question.answer,
      kind: question.kind,
      deckId: question.deckId,
      deckTitle: question.deck.title,
      tags: parseStringList(question.tags),
    },
    card: card
      ? {
          state: card.state,
          due: card.due,
          stability: card.stability,
          difficulty: card.difficulty,
          retrievability: retrievability(card, now),
          reps: card.reps,
          lapses: card.lapses,
          attempts: card.attempts,
          correctCount: card.correctCount,
          againCount: card.againCount,
          lastReview: card.lastReview,
          suspended: card.suspended,
          buriedUntil: card.buriedUntil && card.buriedUntil > now ? card.buriedUntil : null,
          leech: card.leech,
          version: card.version,
        }
      : null,
    reviews: logs.map((l) => ({
      id: l.id,
      type: l.type,
      reviewedAt: l.reviewedAt,
      rating: l.rating,
      stateBefore: l.stateBefore,
      state: l.state,
      intervalDays: Math.max(0, (l.due.getTime() - l.reviewedAt.getTime()) / 86_400_000),
      due: l.due,
      answer: l.answer,
      correct: l.correct,
      durationMs: l.durationMs,
      undone: undone.has(l.id),
    })),
    reviewsShown: logs.length,
    reviewsTotal,
  };
}
