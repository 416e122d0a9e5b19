import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { conflict, notFound } from "@/lib/server/errors";
import { learnerDay } from "@/lib/srs/learner-day";
import { isWriteRace } from "./is-write-race";
import { STALE_CARD_MESSAGE } from "./save-review";
import { studyCardId } from "./study-card-id";

export type CardFlagCommand = "suspend" | "unsuspend" | "bury" | "unbury";
export const CARD_FLAG_COMMANDS: readonly CardFlagCommand[] = ["suspend", "unsuspend", "bury", "unbury"];

export type CardFlagView = {
  questionId: string;
  deckId: string;
  /** The card's version after this command: what the next answer or command must send. */
  version: number;
  suspended: boolean;
  /** ISO instant the card comes back (the end of the learner day it was buried on), null when not buried. */
  buriedUntil: string | null;
  leech: boolean;
  /** False when the card already was that way (a double click, another tab): nothing was written. */
  changed: boolean;
};

const FLAG_SELECT = { id: true, questionId: true, deckId: true, version: true, suspended: true, buriedUntil: true, leech: true } as const;
type FlagRow = { id: string; questionId: string; deckId: string; version: number; suspended: boolean; buriedUntil: Date | null; leech: boolean };

function reached(row: FlagRow, command: CardFlagCommand, now: Date): boolean {
  const buried = row.buriedUntil !== null && row.buriedUntil > now;
  if (command === "suspend") return row.suspended;
  if (command === "unsuspend") return !row.suspended;
  if (command === "bury") return buried;
  return !buried;
}

function changeFor(command: CardFlagCommand, viewer: Viewer, now: Date): { suspended?: boolean; buriedUntil?: Date | null } {
  if (command === "suspend" || command === "unsuspend") return { suspended: command === "suspend" };
  // Buried until the learner's next study day starts, in their own zone and day boundary (Anki's "bury until tomorrow").
  return { buriedUntil: command === "bury" ? learnerDay(now, viewer.timeZone, viewer.dayStartHour).end : null };
}

function view(row: FlagRow, changed: boolean, now: Date): CardFlagView {
  return {
    questionId: row.questionId,
    deckId: row.deckId,
    version: row.version,
    suspended: row.suspended,
    // A burial that already ended is no burial.
    buriedUntil: row.buriedUntil && row.buriedUntil > now ? row.buriedUntil.toISOString() : null,
    leech: row.leech,
    changed,
  };
}

/**
 * Suspends, buries or brings back the viewer's own card of a question. Version-checked like a review:
 * `expectedVersion` is the version the screen showed; a card already in the asked-for state answers
 * "unchanged" (a double click or a retry writes nothing), and any other version is a stale tab (409).
 * The version moves on with each change, so an answer from a tab that still shows the card is refused too.
 * A question never answered gets its card row now (state New), so it can be hidden before its first review;
 * that needs the question to be studiable by the viewer. Another learner's card is never found (userId in every where).
 */
export async function setCardFlag(
  viewer: Viewer,
  input: { questionId: string; command: CardFlagCommand; expectedVersion: number },
  now: Date = new Date(),
): Promise<CardFlagView> {
  const { questionId, command, expectedVersion } = input;
  const read = () => db.card.findUnique({ where: { userId_questionId: { userId: viewer.id, questionId } }, select: FLAG_SELECT });
  const settle = async (): Promise<CardFlagView> => {
    const row = await read();
    if (row && reached(row, command, now)) return view(row, false, now);
    throw conflict(STALE_CARD_MESSAGE);
  };

  const row = await read();
  if (!row) {
    if (command === "unsuspend" || command === "unbury") throw notFound("Card");
    const question = await db.question.findFirst({
      where: { id: questionId, deletedAt: null, status: "approved", deck: visibleDeckWhere(viewer) },
      select: { id: true, deckId: true },
    });
    if (!question) throw notFound("Card");
    if (expectedVersion !== 0) throw conflict(STALE_CARD_MESSAGE);
    try {
      const created = await db.card.create({
        data: { id: studyCardId(viewer.id, question.id), userId: viewer.id, questionId: question.id, deckId: question.deckId, due: now, version: 1, ...changeFor(command, viewer, now) },
        select: FLAG_SELECT,
      });
      return view(created, true, now);
    } catch (error) {
      // Another request made the row first (the first answer, or the same click twice).
      if (isWriteRace(error)) return settle();
      throw error;
    }
  }
  if (reached(row, command, now)) return view(row, false, now);
  if (row.version !== expectedVersion) throw conflict(STALE_CARD_MESSAGE);
  const { count } = await db.card.updateMany({
    where: { id: row.id, userId: viewer.id, version: expectedVersion },
    data: { ...changeFor(command, viewer, now), version: expectedVersion + 1 },
  });
  if (count === 0) return settle();
  return view({ ...row, ...changeFor(command, viewer, now), version: expectedVersion + 1 }, true, now);
}
