import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { EMPTY_COUNTERS, type CardCounters } from "@/lib/server/study/card-counters";
import { reviewCounters, type ReviewEffect } from "@/lib/server/study/review-counters";
import { reviewLedgerWrites } from "@/lib/server/study/review-ledger";
import { becomesLeech } from "@/lib/srs/leech";
import { reviewLogRow } from "@/lib/server/study/review-log-row";
import { newRowId } from "@/lib/server/study/review-writes";
import { studyCardId } from "@/lib/server/study/study-card-id";
import { demoLearnerDeck } from "./demo-learner-deck";
import { seededRandom } from "@/lib/random/seeded-random";
import { stableHash } from "@/lib/random/stable-hash";
import { createNewCard, snapshotCard } from "@/lib/srs/card";
import { dayKeyOf } from "@/lib/srs/learner-day";
import { applyRating } from "@/lib/srs/next-states";
import { retrievability } from "@/lib/srs/retrievability";
import { RATINGS, type Card } from "@/lib/srs/types";

const DEMO_LEARNER_EMAIL = "learner@briefdeck.test";
const DAY = 86_400_000;
const MINUTE = 60_000;
/** Days of history before today. */
const HISTORY_DAYS = 30;
/** New cards are spread over about the first half of the month, however many questions the seeded decks have. */
const NEW_CARD_DAYS = 15;
/** Answers in an evening's session: this many at least, plus up to SESSION_SPREAD more (seeded). */
const SESSION_ANSWERS = 20;
const SESSION_SPREAD = 11;
const SIMULATION_SEED = 1;

type SimCard = {
  questionId: string;
  deckId: string;
  cardId: string;
  /** Seeds the scheduler's fuzz in the simulation: from the learner's email and the question's deck slug and
   * position, not from cardId (row ids are random), so every fresh database gets the same history. */
  fuzzKey: string;
  card: Card;
  version: number;
  counters: CardCounters;
  leech: boolean;
  /** The leech rule fired (lib/srs/leech.ts): tagged. Not suspended, as if the learner had chosen to keep it in
   * their reviews, so the simulated history (and the optimiser's result on it) stays what the tests expect. */
  flagged: boolean;
  ease: number;
  firstSeen: Date | null;
};

type Learner = { id: string; timeZone: string; dayStartHour: number };
type Written = { logs: Prisma.ReviewLogCreateManyInput[]; effects: ReviewEffect[] };

/**
 * Gives the demo learner a realistic month of study so a newcomer sees charts, a forecast, a leech and the
 * optimiser rather than empty boxes. Deterministic across fresh databases (seeded, the fuzz by stable keys rather
 * than row ids; dates counted back from today), scheduled by lib/srs
 * with the default settings. The log rows are the ones a real answer writes (review-writes.ts), the counters go
 * through the same review ledger (reviewLedgerWrites, reviewCounters), so cards, day statistics, question
 * statistics and the log agree; all of it in ONE transaction (a real answer's own transaction per review would
 * cost seconds at start-up), so a start that is interrupted leaves no half history behind. One card is forgotten at every review: it lapses
 * eight or more times. Runs once: a learner who already has any review keeps their history untouched.
 */
export async function seedDemoHistory(db: Db, now = new Date()): Promise<number> {
  const learner = await db.user.findUnique({ where: { email: DEMO_LEARNER_EMAIL }, select: { id: true, timeZone: true, dayStartHour: true } });
  if (!learner || (await db.reviewLog.findFirst({ where: { userId: learner.id }, select: { id: true } }))) return 0;
  const decks = await db.deck.findMany({
    where: { visibility: "public", status: "published", slug: { not: null }, articles: { some: {} } },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, _count: { select: { articles: true } } },
  });
  // Every seeded deck, the single-article ones first, then the combined one (its questions are other cards, as
  // for a learner who studies both), then the learner's own deck: a fixed share of cards whatever the generator asks.
  const chosen = [...decks].sort((a, b) => a._count.articles - b._count.articles);
  // Deck by slug, then deck order: row ids differ between databases, the seeded content does not.
  const deckOrder = new Map(chosen.map((d, i) => [d.id, i]));
  const deckSlug = new Map(chosen.map((d) => [d.id, d.slug ?? ""]));
  const own = await demoLearnerDeck(db, learner.id);
  deckSlug.set(own.deckId, "own");
  const questions = [
    ...(
      await db.question.findMany({
        where: { deckId: { in: chosen.map((d) => d.id) }, status: "approved", deletedAt: null },
        select: { id: true, deckId: true, position: true },
      })
    ).sort((a, b) => (deckOrder.get(a.deckId) ?? 0) - (deckOrder.get(b.deckId) ?? 0) || a.position - b.position),
    ...own.questions.map((q) => ({ ...q, deckId: own.deckId })),
  ];
  if (questions.length === 0) return 0;

  // The simulation's seed. fsrs-rs' training refuses a history with NotEnoughData when its outlier filter leaves no
  // first answers to start from (it drops the first 20 cards of each first rating); the learner's own deck keeps the
  // cards above that. Re-check tests/optimizer/demo-history.test.ts whenever the seeded decks change.
  const random = seededRandom(SIMULATION_SEED);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const pending = questions.map((q, i): SimCard => {
    const cardId = studyCardId(learner.id, q.id);
    // Ease in [1.0, 2.6] (recall is R^ease): some cards are harder for this learner than others, and on the whole
    // they forget faster than the default weights predict (about 80% recalled against a 90% target), which is what
    // the optimiser is for. The first card is the leech.
    const ease = 1 + (stableHash(`demo-ease:${i}`) % 1000) / 625;
    const fuzzKey = `demo:${DEMO_LEARNER_EMAIL}:${deckSlug.get(q.deckId)}:${q.position}`;
    return { questionId: q.id, deckId: q.deckId, cardId, fuzzKey, card: createNewCard(new Date(0)), version: 0, counters: { ...EMPTY_COUNTERS }, leech: i === 0, flagged: false, ease, firstSeen: null };
  });
  const active: SimCard[] = [];
  const written: Written = { logs: [], effects: [] };
  const newPerDay = Math.ceil(questions.length / NEW_CARD_DAYS);

  for (let d = HISTORY_DAYS; d >= 1; d--) {
    // A day off now and then, as real learners take.
    if (d !== HISTORY_DAYS && random() < 0.12) continue;
    let t = today - d * DAY + 18 * 60 * MINUTE + Math.floor(random() * 120) * MINUTE;
    const sessionEnd = t + 90 * MINUTE;
    const target = SESSION_ANSWERS + Math.floor(random() * SESSION_SPREAD);
    const answeredToday = new Set<SimCard>();
    let answers = 0;
    for (const card of pending.splice(0, newPerDay)) {
      card.card = createNewCard(new Date(t));
      active.push(card);
    }
    for (;;) {
      const due = active.filter((c) => c.card.due.getTime() <= t).sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
      // Due cards first, all of them. Then, short of the evening's usual number of answers, the learner goes
      // over the card they are most likely to have forgotten by now (as "Study now" on the progress page does),
      // each at most once a day: the seeded decks are small (the confident generator asks only what it can ask
      // well), and this keeps the month between about 650 and 750 answers whether they hold 34 questions or 70.
      const next = due[0] ?? (answers < target ? mostForgotten(active, answeredToday, t) : undefined);
      if (!next) {
        const soon = active.map((c) => c.card.due.getTime()).filter((x) => x > t && x < sessionEnd);
        if (soon.length === 0) break;
        t = Math.min(...soon);
        continue;
      }
      const at = new Date(t);
      answer(next, at, chooseRating(next, at, random), 4000 + Math.floor(random() * 11_000), learner, written);
      answeredToday.add(next);
      answers++;
      t += 15_000 + Math.floor(random() * 30_000);
    }
  }
  if (written.logs.length === 0) return 0;
  await db.$transaction([
    ...(own.create ? [own.create] : []),
    db.reviewLog.createMany({ data: written.logs }),
    db.card.createMany({
      data: active.map((c) => ({
        id: c.cardId,
        userId: learner.id,
        questionId: c.questionId,
        deckId: c.deckId,
        ...c.card,
        version: c.version,
        ...c.counters,
        leech: c.flagged,
        createdAt: c.firstSeen ?? undefined,
        updatedAt: c.card.lastReview ?? undefined,
      })),
    }),
    ...written.effects.flatMap((effect) => reviewLedgerWrites(effect, 1).map((sql) => db.$executeRaw(sql))),
  ]);
  return written.logs.length;
}

/** The reviewed card (not learning, not answered today) with the lowest recall probability at t. */
function mostForgotten(active: SimCard[], answeredToday: Set<SimCard>, t: number): SimCard | undefined {
  let best: SimCard | undefined;
  let lowest = Infinity;
  for (const c of active) {
    if (c.card.state !== 2 || answeredToday.has(c)) continue;
    const r = retrievability(c.card, t);
    if (r < lowest) [best, lowest] = [c, r];
  }
  return best;
}

function chooseRating(c: SimCard, at: Date, random: () => number): number {
  const x = random();
  if (c.leech) return c.card.state === 2 ? 1 : 3;
  if (c.card.state === 0) return x < 0.22 ? 1 : x < 0.3 ? 2 : x < 0.93 ? 3 : 4;
  // Recall follows the card's own forgetting curve, bent by how hard this card is for this learner.
  const recall = c.card.state === 2 ? Math.pow(retrievability(c.card, at), c.ease) : 0.88;
  if (random() >= recall) return 1;
  return x < 0.1 ? 2 : x < 0.93 ? 3 : 4;
}

function answer(c: SimCard, at: Date, rating: number, durationMs: number, learner: Learner, written: Written): void {
  const before = c.card;
  const { card: after, log } = applyRating({ card: before, cardId: c.fuzzKey, now: at }, RATINGS[rating - 1]!);
  // As a real answer would: the 8th lapse makes a leech (tagged; see SimCard.flagged).
  if (becomesLeech(before.lapses, after.lapses)) c.flagged = true;
  const counters = c.counters;
  const effect: ReviewEffect = {
    userId: learner.id,
    questionId: c.questionId,
    dayKey: dayKeyOf(at, learner.timeZone, learner.dayStartHour),
    rating,
    correct: rating > 1,
    cardWasNew: before.state === 0,
    isFirstAttempt: counters.attempts === 0,
    durationMs,
    wrongKey: null,
  };
  written.logs.push(
    reviewLogRow({
      id: newRowId(),
      idempotencyKey: `demo-history:${c.cardId}:${c.version}`,
      userId: learner.id,
      questionId: c.questionId,
      cardId: c.cardId,
      deckId: c.deckId,
      rating,
      before,
      after,
      log,
      cardBefore: JSON.stringify({ ...snapshotCard(before), counters }),
      cardVersion: c.version,
      correct: effect.correct,
      durationMs,
      reviewedAt: at,
      dayKey: effect.dayKey,
      createdAt: at,
    }),
  );
  written.effects.push(effect);
  // The card's own counters, by the one contract (review-counters.ts); firstCorrect is set on the first attempt.
  const add = reviewCounters(effect).card;
  c.counters = {
    attempts: counters.attempts + add.attempts,
    correctCount: counters.correctCount + add.correctCount,
    againCount: counters.againCount + add.againCount,
    firstCorrect: effect.isFirstAttempt ? effect.correct : counters.firstCorrect,
    totalMs: counters.totalMs + add.totalMs,
  };
  c.firstSeen ??= at;
  c.card = after;
  c.version++;
}
