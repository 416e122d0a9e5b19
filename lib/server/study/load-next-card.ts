import "server-only";
import { articleSourceHref } from "@/lib/article-source-href";
import { findAnswer } from "@/lib/content/find-answer";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db, directSql } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { parseStringList, type QuestionKind } from "@/lib/server/questions/question-view";
import { buildQueue, DEFAULT_LEARN_AHEAD_MS, type QueueCardInput, type QueueEntry } from "@/lib/srs/build-queue";
import { createNewCard, toCardState } from "@/lib/srs/card";
import { learnerDay } from "@/lib/srs/learner-day";
import { nextStates } from "@/lib/srs/next-states";
import type { Card, SchedulerSettings } from "@/lib/srs/types";
import { cardSchedulingFromRaw, toSrsCard, type RawCardScheduling } from "./card-row";
import { shuffleChoices } from "@/lib/random/shuffle-choices";
import { queueableCardSql } from "./queueable-card-sql";
import { queueableCardWhere } from "./queueable-card-where";
import { studyCardId } from "./study-card-id";
import type { NextCardPayload, StudyCardView } from "./study-types";
import { viewerSchedulerSettings } from "./viewer-scheduler-settings";

type Numeric = number | bigint;
type ViewQuestionRow = {
  id: string;
  deckId: string;
  kind: string;
  prompt: string;
  answer: string;
  acceptedAnswers: string;
  choices: string;
  sourceSentence: string;
  sourceStart: Numeric | null;
  sourceEnd: Numeric | null;
  articleId: string | null;
};
type ViewCardRow = { id: string; questionId: string } & RawCardScheduling;
/** Questions cut from the same sentence are siblings: never shown back to back. */
const siblingKeyOf = (articleId: string | null, sourceStart: Numeric | null) => (articleId && sourceStart !== null ? `${articleId}:${Number(sourceStart)}` : null);
const nullableNumber = (v: Numeric | null) => (v === null ? null : Number(v));

type QueueQuestionRow = { id: string; position: number | bigint; articleId: string | null; sourceStart: number | bigint | null };
type QueueCardRow = Omit<QueueQuestionRow, "id"> & { questionId: string; due: Date | string; stability: number; state: number | bigint; lastReview: Date | string | null };

/** What buildQueue reads of a card (state, due, stability, last review); the card shown is loaded in full. */
function queueCard(r: QueueCardRow): Card {
  return {
    // directSql gives dates as Date on PostgreSQL and ISO text on SQLite.
    due: new Date(r.due),
    stability: Number(r.stability),
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: toCardState(Number(r.state)),
    lastReview: r.lastReview === null ? null : new Date(r.lastReview),
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
  options: {
    now?: Date;
    lastShownQuestionId?: string | null;
    preferQuestionId?: string;
    /** Show this question of the deck first even when it is not due (a hard one picked from the progress page). */
    focusQuestionId?: string;
    lookahead?: number;
  } = {},
): Promise<NextCardPayload> {
  const now = options.now ?? new Date();
  const day = learnerDay(now, viewer.timeZone, viewer.dayStartHour);
  // Only cards that can be in today's queue: reviews due before the day ends, learning cards due
  // now or within the learn-ahead window, and rows put back to New by an undo (due in the past).
  const horizon = new Date(Math.max(day.end.getTime(), now.getTime() + DEFAULT_LEARN_AHEAD_MS));
  const liveQuestion = { status: "approved", deletedAt: null } as const;
  // Raw, portable SQL on the hot path through directSql: Prisma's query path (and its per-row mapping of a
  // few hundred rows) costs several times the SQL itself. Only queue-relevant columns.
  const [dueRows, unseen, dayStatRows] = await Promise.all([
    directSql.query<QueueCardRow>(Prisma.sql`
      SELECT c."questionId", c."due", c."stability", c."state", c."lastReview", q."position", q."articleId", q."sourceStart"
      FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
      WHERE c."userId" = ${viewer.id} AND c."deckId" = ${deckId} AND c."due" <= ${horizon} AND ${queueableCardSql(now)}
        AND q."status" = 'approved' AND q."deletedAt" IS NULL`),
    // Never-answered questions in deck order: at most one day's worth can be introduced (one more tells "more tomorrow").
    // A new question suspended or buried before its first answer has a card row, so it is left out here too.
    directSql.query<QueueQuestionRow>(Prisma.sql`
      SELECT q."id", q."position", q."articleId", q."sourceStart" FROM "Question" q
      WHERE q."deckId" = ${deckId} AND q."status" = 'approved' AND q."deletedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Card" c WHERE c."userId" = ${viewer.id} AND c."questionId" = q."id")
      ORDER BY q."position" ASC LIMIT ${Math.max(0, viewer.newCardsPerDay) + 1}`),
    directSql.query<{ newCount: number | bigint }>(Prisma.sql`
      SELECT "newCount" FROM "LearnerDayStat" WHERE "userId" = ${viewer.id} AND "dayKey" = ${day.key}`),
  ]);
  const dayStat = dayStatRows[0];
  const settings = viewerSchedulerSettings(viewer);
  const toInput = (q: QueueQuestionRow, card: Card | null): QueueCardInput => ({
    questionId: q.id,
    position: Number(q.position),
    siblingKey: siblingKeyOf(q.articleId, q.sourceStart),
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
    newStudiedToday: Number(dayStat?.newCount ?? 0),
    lastShownQuestionId: options.lastShownQuestionId ?? null,
    settings,
  });
  // After an undo the restored card comes straight back, as in Anki.
  const preferred = options.preferQuestionId ? queue.entries.find((e) => e.questionId === options.preferQuestionId) : undefined;
  const focused = options.focusQuestionId ? await focusEntry(viewer, deckId, options.focusQuestionId, queue.entries) : undefined;
  const first = focused ?? preferred ?? queue.entries[0];
  if (!first) {
    // Only when the session is over: the earliest due card, or tomorrow if unseen questions wait for the new-card limit.
    const soonest = await db.card.findFirst({
      where: { userId: viewer.id, deckId, state: { not: 0 }, question: liveQuestion, ...queueableCardWhere(now) },
      orderBy: { due: "asc" },
      select: { due: true },
    });
    // A buried card comes back when its burial ends or when it falls due, whichever is later (buried cards are few).
    const buried = await db.card.findMany({
      where: { userId: viewer.id, deckId, question: liveQuestion, suspended: false, buriedUntil: { gt: now } },
      select: { due: true, buriedUntil: true },
      take: 200,
    });
    let nextDue = soonest?.due.getTime() ?? null;
    for (const b of buried) {
      const back = Math.max(b.due.getTime(), b.buriedUntil?.getTime() ?? 0);
      if (nextDue === null || back < nextDue) nextDue = back;
    }
    if (unseen.length > 0 && (nextDue === null || day.end.getTime() < nextDue)) nextDue = day.end.getTime();
    return { card: null, upcoming: [], counts: queue.counts, nextDue: nextDue === null ? null : new Date(nextDue).toISOString() };
  }
  const lookahead = Math.max(0, Math.min(MAX_LOOKAHEAD, Math.floor(options.lookahead ?? 0)));
  const shown = [first, ...queue.entries.filter((e) => e !== first).slice(0, lookahead)];
  const views = await loadCardViews(viewer, shown, now, settings);
  return { card: views[0] as StudyCardView, upcoming: views.slice(1), counts: queue.counts, nextDue: null };
}

/**
 * The queue entry for a question studied on purpose: its place in today's queue when it has one,
 * otherwise an early review (FSRS handles a review before the due date). Undefined when the
 * question is not a live question of this deck.
 */
async function focusEntry(viewer: Viewer, deckId: string, questionId: string, entries: readonly QueueEntry[]): Promise<QueueEntry | undefined> {
  const queued = entries.find((e) => e.questionId === questionId);
  if (queued) return queued;
  const rows = await db.$queryRaw<{ state: Numeric | null; articleId: string | null; sourceStart: Numeric | null }[]>`
    SELECT c."state", q."articleId", q."sourceStart" FROM "Question" q
    LEFT JOIN "Card" c ON c."questionId" = q."id" AND c."userId" = ${viewer.id}
    WHERE q."id" = ${questionId} AND q."deckId" = ${deckId} AND q."status" = 'approved' AND q."deletedAt" IS NULL`;
  const row = rows[0];
  if (!row) return undefined;
  const state = row.state === null ? 0 : Number(row.state);
  return {
    questionId,
    kind: state === 0 ? "new" : state === 2 ? "review" : "learning",
    siblingKey: siblingKeyOf(row.articleId, row.sourceStart),
  };
}

/** Most cards one payload carries: enough for several answers, small enough to stay fresh. */
export const MAX_LOOKAHEAD = 10;
/**
 * Cards the study screen gets after the current one. It answers them with `next: false` saves and
 * refills when they run out, so one queue read serves five answers; a learning card that comes due
 * meanwhile waits at most that long (well inside the 20-minute learn-ahead window).
 */
export const STUDY_LOOKAHEAD = 4;

/** The full views of queue entries, in order: two queries whatever their number. */
async function loadCardViews(viewer: Viewer, entries: readonly QueueEntry[], now: Date, settings: Pick<SchedulerSettings, "desiredRetention" | "maximumInterval" | "weights">): Promise<StudyCardView[]> {
  const ids = entries.map((e) => e.questionId);
  // Raw, portable SQL through directSql: Prisma's per-query cost is several times these two reads.
  const [questions, cardRows] = await Promise.all([
    directSql.query<ViewQuestionRow>(Prisma.sql`
      SELECT "id", "deckId", "kind", "prompt", "answer", "acceptedAnswers", "choices", "sourceSentence", "sourceStart", "sourceEnd", "articleId"
      FROM "Question" WHERE "id" IN (${Prisma.join(ids)})`),
    directSql.query<ViewCardRow>(Prisma.sql`
      SELECT "id", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses",
        "state", "lastReview", "version"
      FROM "Card" WHERE "userId" = ${viewer.id} AND "questionId" IN (${Prisma.join(ids)})`),
  ]);
  const rows = cardRows.map((r) => ({ id: r.id, questionId: r.questionId, ...cardSchedulingFromRaw(r) }));
  const questionById = new Map(questions.map((q) => [q.id, q]));
  const rowByQuestion = new Map(rows.map((r) => [r.questionId, r]));
  return entries.flatMap((entry) => {
    const question = questionById.get(entry.questionId);
    if (!question) return [];
    const row = rowByQuestion.get(entry.questionId) ?? null;
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
      sourceAnswerSpan: findAnswer(question.sourceSentence, question.answer),
      sourceHref: question.articleId ? articleSourceHref(question.articleId, nullableNumber(question.sourceStart), nullableNumber(question.sourceEnd)) : null,
      version: row?.version ?? 0,
      state: card.state,
      queueKind: entry.kind,
      intervals: {
        again: outcomes.again.interval.label,
        hard: outcomes.hard.interval.label,
        good: outcomes.good.interval.label,
        easy: outcomes.easy.interval.label,
      },
    };
    return [view];
  });
}
