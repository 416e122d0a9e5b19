// Deck import and export (issue 15): any signed-in person imports into a private deck of their own;
// export is for the deck's owner alone, learner or instructor.
import { db } from "@/lib/server/db/client";
import { signedIn, type AuthzCase } from "../support/case-types";

const TSV = "hola\thello\ngato\tcat\n";
const LEARNER_DECK = "deck-learner-a-private";

async function learnerDeck(): Promise<void> {
  await db.deck.create({
    data: {
      id: LEARNER_DECK,
      ownerId: "u-learner-a",
      title: "learnerA's own deck",
      status: "published",
      visibility: "private",
      questions: { create: [{ kind: "flashcard", prompt: "uno", answer: "one" }] },
    },
  });
}

export const cases: AuthzCase[] = [
  { route: "app/api/decks/import/preview/route.ts#POST", label: "preview a tab-separated upload", request: () => ({ query: { format: "tsv" }, body: TSV }), allow: signedIn },
  { route: "app/api/decks/import/route.ts#POST", label: "import a tab-separated upload", request: () => ({ query: { format: "tsv", title: "Mine" }, body: TSV }), allow: signedIn },
  ...(["apkg", "tsv", "csv"] as const).flatMap((format): AuthzCase[] => [
    { route: "app/api/decks/[deckId]/export/route.ts#GET", label: `instructorA's draft as ${format}`, request: (w) => ({ params: { deckId: w.ids.deckADraft }, query: { format } }), allow: ["instructorA"] },
    { route: "app/api/decks/[deckId]/export/route.ts#GET", label: `instructorB's draft as ${format}`, request: (w) => ({ params: { deckId: w.ids.deckBDraft }, query: { format } }), allow: ["instructorB"] },
  ]),
  // Published public is still not exportable by others: export hands over the whole deck, study does not.
  { route: "app/api/decks/[deckId]/export/route.ts#GET", label: "instructorA's public deck", request: (w) => ({ params: { deckId: w.ids.deckAPublic }, query: { format: "apkg" } }), allow: ["instructorA"] },
  {
    route: "app/api/decks/[deckId]/export/route.ts#GET",
    label: "learnerA's private deck",
    setup: learnerDeck,
    request: () => ({ params: { deckId: LEARNER_DECK }, query: { format: "apkg" } }),
    allow: ["learnerA"],
  },
];
