// Instructor area: decks, questions, classes, assignments (owner: instructor). Written by auth from the
// actions as they stood; the instructor engineer should extend these when adding actions.
import { db } from "@/lib/server/db/client";
import { nobody, signedIn, staff, type AuthzCase } from "../support/case-types";

const A = "app/instructor/actions.ts#";
const flashcard = { kind: "flashcard", prompt: "Who visited Vietnam in 2012?", answer: "Kim Yong-nam", acceptedAnswers: [], choices: [], tags: ["people"], sourceSentence: "" };
const ARTICLE = "Kim Yong-nam visited Vietnam in 2012. He met the president in Hanoi. Trade between the two countries rose by ten percent that year.";

async function updatedAt(questionId: string): Promise<string> {
  const q = await db.question.findUniqueOrThrow({ where: { id: questionId }, select: { updatedAt: true } });
  return q.updatedAt.toISOString();
}

export const cases: AuthzCase[] = [
  // Any signed-in user makes a private deck of their own (learner-decks.cases.ts has who may then edit it).
  { action: `${A}createDeckAction`, label: "new deck", input: () => ({ title: "Fresh deck", description: "" }), allow: signedIn },
  { action: `${A}generateDeckAction`, label: "deck from pasted text", input: () => ({ text: ARTICLE, format: "text" }), allow: signedIn },
  { action: `${A}createClassAction`, label: "new class", input: () => ({ name: "New class" }), allow: staff },

  ...(["A", "B"] as const).flatMap((o): AuthzCase[] => {
    const owner = o === "A" ? "instructorA" : "instructorB";
    const draft = o === "A" ? "deckADraft" : "deckBDraft";
    const qDraft = o === "A" ? "questionADraft" : "questionBDraft";
    const qTyped = o === "A" ? "questionAClassTyped" : "questionBClassTyped";
    const cls = o === "A" ? "classA" : "classB";
    const learner = o === "A" ? "learnerA" : "learnerB";
    const assignment = o === "A" ? "assignmentA" : "assignmentB";
    const ownClassDeck = o === "A" ? "deckAClass" : "deckBClass";
    return [
      { action: `${A}updateDeckAction`, label: `rename ${owner}'s draft`, input: (w) => ({ deckId: w.ids[draft], title: "Renamed" }), allow: [owner] },
      { action: `${A}createQuestionAction`, label: `add to ${owner}'s draft`, input: (w) => ({ deckId: w.ids[draft], content: flashcard }), allow: [owner] },
      {
        action: `${A}updateQuestionAction`,
        label: `edit ${owner}'s question`,
        input: async (w) => ({ questionId: w.ids[qDraft], content: { ...flashcard, prompt: "Edited?" }, expectedUpdatedAt: await updatedAt(w.ids[qDraft]) }),
        allow: [owner],
      },
      { action: `${A}moveQuestionAction`, label: `move ${owner}'s question up`, input: (w) => ({ questionId: w.ids[qTyped], direction: "up" }), allow: [owner] },
      {
        action: `${A}bulkQuestionsAction`,
        label: `tag ${owner}'s questions`,
        input: (w) => ({ deckId: w.ids[draft], questionIds: [w.ids[qDraft]], operation: { type: "tag", tag: "checked" } }),
        allow: [owner],
      },
      { action: `${A}importCsvAction`, label: `import into ${owner}'s draft`, input: (w) => ({ deckId: w.ids[draft], csv: "kind,prompt,answer\r\nflashcard,Q?,A\r\n" }), allow: [owner] },
      { action: `${A}regenerateJoinCodeAction`, label: `${owner}'s class`, input: (w) => ({ classId: w.ids[cls] }), allow: [owner] },
      { action: `${A}removeLearnerAction`, label: `remove ${learner} from ${owner}'s class`, input: (w) => ({ classId: w.ids[cls], userId: w.ids.users[learner] }), allow: [owner] },
      { action: `${A}assignDeckAction`, label: `assign ${owner}'s own published deck`, input: (w) => ({ classId: w.ids[cls], deckId: w.ids[ownClassDeck], dueAt: "2030-01-31" }), allow: [owner] },
      { action: `${A}unassignDeckAction`, label: `unassign in ${owner}'s class`, input: (w) => ({ classId: w.ids[cls], assignmentId: w.ids[assignment] }), allow: [owner] },
    ];
  }),

  // Cross-owner combinations nobody may perform, even the owner of one half.
  {
    action: `${A}bulkQuestionsAction`,
    label: "move A's question into B's deck",
    input: (w) => ({ deckId: w.ids.deckADraft, questionIds: [w.ids.questionADraft], operation: { type: "move", targetDeckId: w.ids.deckBDraft } }),
    allow: nobody,
  },
  {
    action: `${A}bulkQuestionsAction`,
    label: "delete B's question through A's deck",
    input: (w) => ({ deckId: w.ids.deckADraft, questionIds: [w.ids.questionBDraft], operation: { type: "delete" } }),
    // The deck is A's, but B's question is not in it: allowed for A as a no-op, or refused. It must never delete B's row.
    allow: ["instructorA"],
  },
  { action: `${A}assignDeckAction`, label: "assign B's deck to A's class", input: (w) => ({ classId: w.ids.classA, deckId: w.ids.deckBClass, dueAt: "" }), allow: nobody },
  { action: `${A}unassignDeckAction`, label: "B's assignment through A's class", input: (w) => ({ classId: w.ids.classA, assignmentId: w.ids.assignmentB }), allow: nobody },

  ...(["A", "B"] as const).map(
    (o): AuthzCase => ({
      route: "app/instructor/classes/[classId]/gradebook.csv/route.ts#GET",
      label: `gradebook of ${o === "A" ? "instructorA" : "instructorB"}'s class`,
      request: (w) => ({ params: { classId: o === "A" ? w.ids.classA : w.ids.classB } }),
      allow: [o === "A" ? "instructorA" : "instructorB"],
    }),
  ),
  ...(["A", "B"] as const).map(
    (o): AuthzCase => ({
      route: "app/instructor/decks/[deckId]/export.csv/route.ts#GET",
      label: `export ${o === "A" ? "instructorA" : "instructorB"}'s draft`,
      request: (w) => ({ params: { deckId: o === "A" ? w.ids.deckADraft : w.ids.deckBDraft } }),
      allow: [o === "A" ? "instructorA" : "instructorB"],
    }),
  ),
];
