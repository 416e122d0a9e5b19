import "server-only";
import { articleSourceHref } from "@/lib/article-source-href";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { parseStringList, type QuestionKind } from "@/lib/server/questions/question-view";
import { buildQueue, DEFAULT_LEARN_AHEAD_MS, type QueueCardInput } from "@/lib/srs/build-queue";
import { createNewCard, toCardState } from "@/lib/srs/card";
import { learnerDay } from "@/lib/srs/learner-day";
import { nextStates } from "@/lib/srs/next-states";
import type { Card } from "@/lib/srs/types";
import { CARD_SCHEDULING_SELECT, toSrsCard } from "./card-row";
import { shuffleChoices } from "./shuffle-choices";
import { studyCardId } from "./study-card-id";
import type { NextCardPayload, StudyCardView } from "./study-types";

type QueueQuestionRow = { id: string; position: number | bigint; articleId: string | null; sourceStart: number | bigint | null };
type QueueCardRow = Omit<QueueQuestionRow, "id"> & { questionId: string; due: Date; stability: number; state: number | bigint; lastReview: Date | null };

/** What buildQueue reads of a card (state, due, stability, last review); the card shown is loaded in full. */
function queueCard(r: QueueCardRow): Card {
  return {
    due: r.due,
    stability: r.stability,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: toCardState(Number(r.state)),
    lastReview: r.lastReview,
  };
}

/**
 * The next card of a deck for the viewer. The caller has already checked that the deck is
 * visible. Reads only what can be in today's queue (due cards, up to a day's worth of unseen
 * questions), then the one question shown, so it stays fast with hundreds of cards and a long history.
 */
export async function loadNextCard(
  viewer: Viewer,
  deckId: string,
  options: { now?: Date; lastShownQuestionId?: string | null; preferQuestionId?: string } = {},
): Promise<NextCardPayload> {
  const now = options.now ?? new Date();
  const day = learnerDay(now, viewer.timeZone, viewer.dayStartHour);
  // Only cards that can be in today's queue: reviews due before the day ends, learning cards due
  // now or within the learn-ahead window, and rows put back to New by an undo (due in the past).
  const horizon = new Date(Math.max(day.end.getTime(), now.getTime() + DEFAULT_LEARN_AHEAD_MS));
  const liveQuestion = { status: "approved", deletedAt: null } as const;
  // Raw, portable SQL on the hot path: Prisma's per-row mapping of a few hundred rows (plus its
  // separate query for the relation) costs several times the SQL itself. Only queue-relevant columns.
  const [dueRows, unseen, dayStat] = await Promise.all([
    db.$queryRaw<QueueCardRow[]>`
      SELECT c."questionId", c."due", c."stability", c."state", c."lastReview", q."position", q."articleId", q."sourceStart"
      FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
      WHERE c."userId" = ${viewer.id} AND c."deckId" = ${deckId} AND c."due" <= ${horizon}
        AND q."status" = 'approved' AND q."deletedAt" IS NULL`,
    // Never-answered questions in deck order: at most one day's worth can be introduced (one more tells "more tomorrow").
    db.$queryRaw<QueueQuestionRow[]>`
      SELECT q."id", q."position", q."articleId", q."sourceStart" FROM "Question" q
      WHERE q."deckId" = ${deckId} AND q."status" = 'approved' AND q."deletedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Card" c WHERE c."userId" = ${viewer.id} AND c."questionId" = q."id")
      ORDER BY q."position" ASC LIMIT ${Math.max(0, viewer.newCardsPerDay) + 1}`,
    db.learnerDayStat.findUnique({ where: { userId_dayKey: { userId: viewer.id, dayKey: day.key } }, select: { newCount: true } }),
  ]);
  const settings = { desiredRetention: viewer.desiredRetention, maximumInterval: viewer.maximumInterval };
  const toInput = (q: QueueQuestionRow, card: Card | null): QueueCardInput => ({
    questionId: q.id,
    position: Number(q.position),
    // Questions cut from the same sentence are siblings: never shown back to back.
    siblingKey: q.articleId && q.sourceStart !== null ? `${q.articleId}:${q.sourceStart}` : null,
    card,
  });
  const inputs: QueueCardInput[] = [
    ...dueRows.map((r) => toInput({ ...r, id: r.questionId }, queueCard(r))),
    ...unseen.map((q) => toInput(q, null)),
  ];
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
    // Only when the session is over: the earliest due card, or tomorrow if unseen questions wait for the new-card limit.
    const soonest = await db.card.findFirst({
      where: { userId: viewer.id, deckId, state: { not: 0 }, question: liveQuestion },
      orderBy: { due: "asc" },
      select: { due: true },
    });
    let nextDue = soonest?.due.getTime() ?? null;
    if (unseen.length > 0 && (nextDue === null || day.end.getTime() < nextDue)) nextDue = day.end.getTime();
    return { card: null, counts: queue.counts, nextDue: nextDue === null ? null : new Date(nextDue).toISOString() };
  }

  const [question, row] = await Promise.all([
    db.question.findUniqueOrThrow({
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
  }),
    db.card.findUnique({ where: { userId_questionId: { userId: viewer.id, questionId: first.questionId } }, select: CARD_SCHEDULING_SELECT }),
  ]);
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
