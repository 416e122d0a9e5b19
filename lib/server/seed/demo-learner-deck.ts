import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { newDeckStatus } from "@/lib/server/decks/new-deck-status";
import { parseDeckCsv } from "@/lib/server/questions/parse-deck-csv";
import { newRowId } from "@/lib/server/study/review-writes";

export const DEMO_LEARNER_DECK_TITLE = "Korean peninsula: background";
const DEMO_LEARNER_DECK_CSV = path.resolve("content/demo/learner-own-deck.csv");

export type DemoDeck = {
  deckId: string;
  questions: { id: string; position: number }[];
  /** The deck and its questions, to write in the caller's transaction; null when the learner already has it. */
  create: Prisma.PrismaPromise<unknown> | null;
};

/**
 * The demo learner's own deck: the background the seeded articles assume, written by hand as a learner writes their
 * own cards, in the deck CSV format and validated as an import is (parse-deck-csv.ts). It gives the seeded month of
 * study a fixed share of cards that does not change when the generator does (fsrs-rs' optimiser needs some twenty
 * cards with the same first rating, and the seeded decks alone now hold nine questions, 18 cards). Ids are made here so the
 * history can be simulated before anything is written, then written with it in one transaction.
 */
export async function demoLearnerDeck(db: Db, learnerId: string): Promise<DemoDeck> {
  const existing = await db.deck.findFirst({
    where: { ownerId: learnerId, title: DEMO_LEARNER_DECK_TITLE, deletedAt: null },
    select: { id: true, questions: { where: { deletedAt: null, status: "approved" }, orderBy: { position: "asc" }, select: { id: true, position: true } } },
  });
  if (existing) return { deckId: existing.id, questions: existing.questions, create: null };
  const parsed = parseDeckCsv(readFileSync(DEMO_LEARNER_DECK_CSV, "utf8"));
  // Shipped content: a bad row is a bug in the repository, not an input to report.
  if (!parsed.ok) throw new Error(`${DEMO_LEARNER_DECK_CSV}: ${parsed.errors.map((e) => `line ${e.line}: ${e.reason}`).join("; ")}`);
  const deckId = newRowId();
  const rows = parsed.questions.map((q, position) => ({ ...q, id: newRowId(), family: "csv", status: "approved", position }));
  const create = db.deck.create({
    data: {
      id: deckId,
      ownerId: learnerId,
      title: DEMO_LEARNER_DECK_TITLE,
      description: "My own cards on the background the articles take for granted.",
      // A learner's deck, made as any learner's is: private for good, with the status a learner's new deck starts with.
      visibility: "private",
      status: newDeckStatus({ role: "learner" }),
      questions: { createMany: { data: rows } },
    },
    select: { id: true },
  });
  return { deckId, questions: rows.map((r) => ({ id: r.id, position: r.position })), create };
}
