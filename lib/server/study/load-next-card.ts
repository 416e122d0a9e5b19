import "server-only";
import { articleSourceHref } from "@/lib/article-source-href";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { parseStringList, type QuestionKind } from "@/lib/server/questions/question-view";
import { buildQueue, type QueueCardInput } from "@/lib/srs/build-queue";
import { createNewCard } from "@/lib/srs/card";
import { learnerDay } from "@/lib/srs/learner-day";
import { nextStates } from "@/lib/srs/next-states";
import { CARD_SCHEDULING_SELECT, toSrsCard } from "./card-row";
import { shuffleChoices } from "./shuffle-choices";
import { studyCardId } from "./study-card-id";
import type { NextCardPayload, StudyCardView } from "./study-types";

/**
 * The next card of a deck for the viewer. The caller has already checked that the deck is
 * visible. Reads only the columns the queue needs (three indexed queries, then the one
 * question shown), so it stays fast with hundreds of cards and a long review history.
 */
export async function loadNextCard(
  viewer: Viewer,
  deckId: string,
  options: { now?: Date; lastShownQuestionId?: string | null; preferQuestionId?: string } = {},
): Promise<NextCardPayload> {
  const now = options.now ?? new Date();
  const day = learnerDay(now, viewer.timeZone, viewer.dayStartHour);
  const [questions, cards, dayStat] = await Promise.all([
    db.question.findMany({
      where: { deckId, status: "approved", deletedAt: null },
      select: { id: true, position: true, articleId: true, sourceStart: true },
    }),
    db.card.findMany({ where: { userId: viewer.id, deckId }, select: CARD_SCHEDULING_SELECT }),
    db.learnerDayStat.findUnique({ where: { userId_dayKey: { userId: viewer.id, dayKey: day.key } }, select: { newCount: true } }),
  ]);
  const cardByQuestion = new Map(cards.map((c) => [c.questionId, c]));
  const settings = { desiredRetention: viewer.desiredRetention, maximumInterval: viewer.maximumInterval };
  const inputs: QueueCardInput[] = questions.map((q) => {
    const row = cardByQuestion.get(q.id);
    return {
      questionId: q.id,
      position: q.position,
      // Questions cut from the same sentence are siblings: never shown back to back.
      siblingKey: q.articleId && q.sourceStart !== null ? `${q.articleId}:${q.sourceStart}` : null,
      card: row ? toSrsCard(row) : null,
    };
  });
  const queue = buildQueue(inputs, {
    now,
    dayEnd: day.end,
    newCardsPerDay: viewer.newCardsPerDay,
    newStudiedToday: dayStat?.newCount ?? 0,
    lastShownQuestionId: options.lastShownQuestionId ?? null,
    settings,
  });
  // After an undo the restored card comes straight back, as in Anki.
  const first = (options.preferQuestionId && queue.entries.find((e) => e.questionId === options.preferQuestionId)) || queue.entries[0];
  if (!first) {
    let nextDue: number | null = null;
    for (const c of cards) if (c.state !== 0 && (nextDue === null || c.due.getTime() < nextDue)) nextDue = c.due.getTime();
    // Unseen questions beyond today's new-card limit become available at the start of the next day.
    if (cards.length < questions.length && (nextDue === null || day.end.getTime() < nextDue)) nextDue = day.end.getTime();
    return { card: null, counts: queue.counts, nextDue: nextDue === null ? null : new Date(nextDue).toISOString() };
  }

  const question = await db.question.findUniqueOrThrow({
    where: { id: first.questionId },
    select: {
      id: true,
      deckId: true,
      kind: true,
      prompt: true,
      answer: true,
      acceptedAnswers: true,
      choices: true,
      sourceSentence: true,
      sourceStart: true,
      sourceEnd: true,
      articleId: true,
    },
  });
  const row = cardByQuestion.get(question.id);
  const cardId = row?.id ?? studyCardId(viewer.id, question.id);
  const card = row ? toSrsCard(row) : createNewCard(now);
  // A last review stamped a moment "in the future" (clock skew) must not make the preview throw.
  const previewAt = card.lastReview && card.lastReview > now ? card.lastReview : now;
  const outcomes = nextStates({ card, cardId, now: previewAt, settings });
  const view: StudyCardView = {
    questionId: question.id,
    deckId: question.deckId,
    kind: question.kind as QuestionKind,
    prompt: question.prompt,
    answer: question.answer,
    acceptedAnswers: parseStringList(question.acceptedAnswers),
    choices: question.kind === "multiple_choice" ? shuffleChoices(parseStringList(question.choices), `${cardId}:${card.reps}`) : [],
    sourceSentence: question.sourceSentence,
    sourceHref: question.articleId ? articleSourceHref(question.articleId, question.sourceStart, question.sourceEnd) : null,
    version: row?.version ?? 0,
    state: card.state,
    queueKind: first.kind,
    intervals: {
      again: outcomes.again.interval.label,
      hard: outcomes.hard.interval.label,
      good: outcomes.good.interval.label,
      easy: outcomes.easy.interval.label,
    },
  };
  return { card: view, counts: queue.counts, nextDue: null };
}
