import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { parseStringList } from "@/lib/server/questions/question-view";
import { learnerDay } from "@/lib/srs";
import { countStates, type StateCounts } from "@/lib/stats/card-states";
import { addDays } from "@/lib/stats/day-key";
import { buildForecast, type Forecast } from "@/lib/stats/forecast";
import { hardestCards } from "@/lib/stats/hardest";
import { buildHeatmap, type Heatmap } from "@/lib/stats/heatmap";
import { computeMastery } from "@/lib/stats/mastery";
import { overallRetention, weeklyRetention, type RetentionWeek } from "@/lib/stats/retention";
import { retrievability } from "@/lib/srs/retrievability";
import { stabilityHistogram, type StabilityBin } from "@/lib/stats/stability-histogram";
import { computeStreak, type Streak } from "@/lib/stats/streak";

const LEECH_LIST_LIMIT = 50;

export type MasteryView = { key: string; label: string; questions: number; studied: number; mastery: number };
export type HardQuestion = {
  questionId: string;
  deckId: string;
  deckTitle: string;
  prompt: string;
  lapses: number;
  againCount: number;
  attempts: number;
  retrievability: number;
};

/** A card that lapsed LEECH_LAPSES times (lib/srs/leech.ts), listed with "unsuspend" and "study now". */
export type LeechView = { questionId: string; deckId: string; deckTitle: string; prompt: string; lapses: number; suspended: boolean; version: number };

export type ProgressStats = {
  today: string;
  timeZone: string;
  desiredRetention: number;
  totals: { reviewsThisYear: number; activeDays: number; studiedCards: number; retention: number | null };
  streak: Streak;
  heatmap: Heatmap;
  forecast: Forecast;
  retention: RetentionWeek[];
  masteryByDeck: MasteryView[];
  masteryByTag: MasteryView[];
  /** Cards the queue does not show (left out of states and the forecast; a buried card counts from when it comes back). */
  states: StateCounts;
  hidden: { suspended: number; buried: number };
  leeches: LeechView[];
  /** Questions in the learner's decks they have not started (shown as "new" next to the card states). */
  unstarted: number;
  stability: StabilityBin[];
  hardest: HardQuestion[];
};

/**
 * Everything the statistics page draws, for the viewer only. Bounded reads so it stays fast at
 * 50k reviews: ≤ ~1 year of LearnerDayStat rows, one Card query, the questions of the decks in
 * play (for mastery) — never the review log.
 */
export async function getProgressStats(viewer: Viewer, now: Date = new Date()): Promise<ProgressStats> {
  const today = learnerDay(now, viewer.timeZone, viewer.dayStartHour).key;
  const since = addDays(today, -370);

  const [dayStats, allCards, assigned] = await Promise.all([
    db.learnerDayStat.findMany({
      where: { userId: viewer.id, dayKey: { gte: since } },
      select: { dayKey: true, reviews: true, againCount: true },
    }),
    db.card.findMany({
      // No relation filter here: joining Question per row triples the query time at 5k cards.
      // Deleted questions and decks the viewer may no longer see are dropped below, in memory.
      where: { userId: viewer.id },
      select: {
        questionId: true,
        deckId: true,
        state: true,
        due: true,
        stability: true,
        lastReview: true,
        lapses: true,
        againCount: true,
        attempts: true,
        suspended: true,
        buriedUntil: true,
        leech: true,
        version: true,
      },
    }),
    db.assignment.findMany({
      where: { class: { archivedAt: null, enrollments: { some: { userId: viewer.id } } } },
      select: { deckId: true },
    }),
  ]);

  // Mastery covers decks the learner has studied or been assigned, and still may see.
  const deckIds = [...new Set([...allCards.map((c) => c.deckId), ...assigned.map((a) => a.deckId)])];
  const decks = deckIds.length
    ? await db.deck.findMany({
        where: { AND: [{ id: { in: deckIds } }, visibleDeckWhere(viewer)] },
        select: {
          id: true,
          title: true,
          questions: { where: { deletedAt: null, status: "approved" }, select: { id: true, tags: true } },
        },
      })
    : [];
  const deckTitle = new Map(decks.map((d) => [d.id, d.title]));
  // Only cards the study queue could still show: live question in a deck the viewer may see.
  const liveQuestionIds = new Set(decks.flatMap((d) => d.questions.map((q) => q.id)));
  const cards = allCards.filter((c) => liveQuestionIds.has(c.questionId));

  const rByQuestion = new Map<string, number>();
  for (const c of cards) rByQuestion.set(c.questionId, retrievability(c, now));
  const questions = decks.flatMap((d) => d.questions.map((q) => ({ id: q.id, deckId: d.id, tags: parseStringList(q.tags) })));
  const mastery = computeMastery(questions, rByQuestion);

  const hardCards = hardestCards(cards, 10);
  const leechCards = cards.filter((c) => c.leech).sort((a, b) => b.lapses - a.lapses).slice(0, LEECH_LIST_LIMIT);
  const promptIds = [...new Set([...hardCards, ...leechCards].map((c) => c.questionId))];
  const prompts = promptIds.length
    ? new Map((await db.question.findMany({ where: { id: { in: promptIds } }, select: { id: true, prompt: true } })).map((q) => [q.id, q.prompt]))
    : new Map<string, string>();
  // The question and its deck, as both lists (leeches, hardest) show them.
  const listed = (c: { questionId: string; deckId: string }) => ({
    questionId: c.questionId,
    deckId: c.deckId,
    deckTitle: deckTitle.get(c.deckId) ?? "Deck",
    prompt: prompts.get(c.questionId) ?? "",
  });
  // What the queue can show: suspended cards are left out of the states and the forecast; a buried card is
  // forecast for when it comes back (its burial's end, or its due date if later).
  const queueable = cards.filter((c) => !c.suspended);
  const buriedNow = (c: (typeof cards)[number]) => c.buriedUntil !== null && c.buriedUntil > now;
  const forecastCards = queueable.map((c) => (buriedNow(c) && c.buriedUntil && c.buriedUntil > c.due ? { state: c.state, due: c.buriedUntil } : c));

  const heatmap = buildHeatmap(dayStats, today, 365);
  const studied = cards.filter((c) => c.state !== 0);
  return {
    today,
    timeZone: viewer.timeZone,
    desiredRetention: viewer.desiredRetention,
    totals: {
      reviewsThisYear: heatmap.total,
      activeDays: heatmap.activeDays,
      studiedCards: studied.length,
      retention: overallRetention(dayStats.filter((d) => d.dayKey >= heatmap.firstDay)),
    },
    streak: computeStreak(dayStats, today),
    heatmap,
    forecast: buildForecast(forecastCards, now, viewer.timeZone, viewer.dayStartHour, 30),
    retention: weeklyRetention(dayStats, today, 26),
    masteryByDeck: mastery.byDeck.map((m) => ({ ...m, label: deckTitle.get(m.key) ?? "Deck" })),
    masteryByTag: mastery.byTag.map((m) => ({ ...m, label: m.key })),
    states: countStates(queueable),
    hidden: { suspended: cards.length - queueable.length, buried: queueable.filter(buriedNow).length },
    leeches: leechCards.map((c) => ({
      ...listed(c),
      lapses: c.lapses,
      suspended: c.suspended,
      version: c.version,
    })),
    unstarted: questions.filter((q) => !rByQuestion.has(q.id)).length,
    stability: stabilityHistogram(cards),
    hardest: hardCards.map((c) => ({
      ...listed(c),
      lapses: c.lapses,
      againCount: c.againCount,
      attempts: c.attempts,
      retrievability: rByQuestion.get(c.questionId) ?? 0,
    })),
  };
}
