// Learners' own decks (issue 15): any signed-in user creates a private deck (by hand or from an article) and edits it
// through the instructor workspace's actions; only its owner may, and publishing (status, visibility, classes) stays
// with instructors. learnerA and learnerB each own a private deck made in setup, next to the world's instructor decks.
import { db } from "@/lib/server/db/client";
import { nobody, type AuthzCase } from "../support/case-types";
import type { Actor } from "../support/world";

const A = "app/instructor/actions.ts#";
const flashcard = { kind: "flashcard", prompt: "Who visited Vietnam in 2012?", answer: "Kim Yong-nam", acceptedAnswers: [], choices: [], tags: [], sourceSentence: "" };

const own = {
  learnerA: { user: "u-learner-a", deck: "deck-own-learner-a", q1: "q-own-learner-a-1", q2: "q-own-learner-a-2" },
  learnerB: { user: "u-learner-b", deck: "deck-own-learner-b", q1: "q-own-learner-b-1", q2: "q-own-learner-b-2" },
} as const;

/** Both learners' private decks (two approved questions each), as createDeckAction + createQuestionAction leave them. */
async function learnerDecks(): Promise<void> {
  for (const o of Object.values(own)) {
    await db.deck.create({
      data: {
        id: o.deck,
        ownerId: o.user,
        title: `${o.user}'s own deck`,
        status: "published",
        visibility: "private",
        questions: {
          create: [
            { id: o.q1, kind: "flashcard", prompt: "uno", answer: "one", status: "approved", position: 0 },
            { id: o.q2, kind: "typed", prompt: "dos", answer: "two", status: "approved", position: 1 },
          ],
        },
      },
    });
  }
}

async function updatedAt(questionId: string): Promise<string> {
  const q = await db.question.findUniqueOrThrow({ where: { id: questionId }, select: { updatedAt: true } });
  return q.updatedAt.toISOString();
}

export const cases: AuthzCase[] = [
  ...(["learnerA", "learnerB"] as const).flatMap((owner): AuthzCase[] => {
    const o = own[owner];
    const allow: readonly Actor[] = [owner];
    const row = { setup: learnerDecks, allow };
    return [
      { ...row, action: `${A}updateDeckAction`, label: `rename ${owner}'s private deck`, input: () => ({ deckId: o.deck, title: "Renamed", description: "Mine" }) },
      { ...row, action: `${A}updateDeckAction`, label: `keep ${owner}'s deck private`, input: () => ({ deckId: o.deck, visibility: "private" }) },
      // Publishing is the instructors' alone: not even the learner who owns the deck may.
      { ...row, allow: nobody, action: `${A}updateDeckAction`, label: `make ${owner}'s deck public`, input: () => ({ deckId: o.deck, visibility: "public" }) },
      { ...row, allow: nobody, action: `${A}updateDeckAction`, label: `make ${owner}'s deck a class deck`, input: () => ({ deckId: o.deck, visibility: "class" }) },
      { ...row, allow: nobody, action: `${A}updateDeckAction`, label: `set ${owner}'s deck status`, input: () => ({ deckId: o.deck, status: "published" }) },
      { ...row, action: `${A}createQuestionAction`, label: `add to ${owner}'s private deck`, input: () => ({ deckId: o.deck, content: flashcard }) },
      {
        ...row,
        action: `${A}updateQuestionAction`,
        label: `edit ${owner}'s question`,
        input: async () => ({ questionId: o.q1, content: { ...flashcard, prompt: "Edited?" }, expectedUpdatedAt: await updatedAt(o.q1) }),
      },
      { ...row, action: `${A}moveQuestionAction`, label: `move ${owner}'s question up`, input: () => ({ questionId: o.q2, direction: "up" }) },
      ...(["approve", "reject", "delete"] as const).map(
        (type): AuthzCase => ({ ...row, action: `${A}bulkQuestionsAction`, label: `${type} ${owner}'s question`, input: () => ({ deckId: o.deck, questionIds: [o.q1], operation: { type } }) }),
      ),
      { ...row, action: `${A}importCsvAction`, label: `CSV into ${owner}'s private deck`, input: () => ({ deckId: o.deck, csv: "front,back,kind\r\nQ?,A,flashcard\r\n" }) },
      { ...row, route: "app/instructor/decks/[deckId]/export.csv/route.ts#GET", label: `CSV of ${owner}'s private deck`, request: () => ({ params: { deckId: o.deck } }) },
      // A learner's deck never reaches a class, whoever asks and whichever class.
      { ...row, allow: nobody, action: `${A}assignDeckAction`, label: `assign ${owner}'s deck to classA`, input: (w) => ({ classId: w.ids.classA, deckId: o.deck, dueAt: "" }) },
    ];
  }),

  // Across owners: a learner's questions never move into someone else's deck, nor theirs into the learner's.
  {
    action: `${A}bulkQuestionsAction`,
    label: "move learnerA's question into instructorA's deck",
    setup: learnerDecks,
    input: () => ({ deckId: own.learnerA.deck, questionIds: [own.learnerA.q1], operation: { type: "move", targetDeckId: "deck-a-draft" } }),
    allow: nobody,
  },
  {
    action: `${A}bulkQuestionsAction`,
    label: "move instructorA's question into learnerA's deck",
    setup: learnerDecks,
    input: (w) => ({ deckId: w.ids.deckADraft, questionIds: [w.ids.questionADraft], operation: { type: "move", targetDeckId: own.learnerA.deck } }),
    allow: nobody,
  },
  {
    action: `${A}bulkQuestionsAction`,
    label: "move learnerA's question into learnerB's deck",
    setup: learnerDecks,
    input: () => ({ deckId: own.learnerA.deck, questionIds: [own.learnerA.q1], operation: { type: "move", targetDeckId: own.learnerB.deck } }),
    allow: nobody,
  },

  // Instructors keep what they had: publishing their own decks.
  ...(["A", "B"] as const).map(
    (o): AuthzCase => ({
      action: `${A}updateDeckAction`,
      label: `publish instructor${o}'s draft publicly`,
      input: (w) => ({ deckId: o === "A" ? w.ids.deckADraft : w.ids.deckBDraft, status: "published", visibility: "public" }),
      allow: [o === "A" ? "instructorA" : "instructorB"],
    }),
  ),
];
