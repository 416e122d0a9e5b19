import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { browseAuthoredQuestions } from "@/lib/server/cards/browse-authored-questions";
import { browseCards } from "@/lib/server/cards/browse-cards";
import { listBrowseDecks } from "@/lib/server/cards/list-browse-decks";
import { BROWSE_PAGE_SIZE, parseBrowseQuery } from "@/lib/cards/browse-query";
import { createDeck, createViewer } from "../study/fixtures";

let instructor: Viewer;
let instructor2: Viewer;
let learner: Viewer;
let other: Viewer;
let deckA: { deckId: string; questionIds: string[] };
let deckB: { deckId: string; questionIds: string[] };
const now = new Date();
const DAY = 86_400_000;

const query = (params: Record<string, string> = {}) => parseBrowseQuery(params).query;

beforeAll(async () => {
  instructor = await createViewer({ role: "instructor" });
  instructor2 = await createViewer({ role: "instructor" });
  learner = await createViewer();
  other = await createViewer();
  deckA = await createDeck(
    instructor.id,
    Array.from({ length: 60 }, (_, i) => ({ kind: "flashcard", prompt: `Who visited Pyongyang in ${2000 + i}?`, answer: `Envoy ${i}` })),
  );
  deckB = await createDeck(instructor2.id, [
    { kind: "flashcard", prompt: "Which resolution followed the test?", answer: "Resolution 2270" },
    { kind: "flashcard", prompt: "What share was written off? 90%", answer: "Ninety per cent" },
  ]);
  const cards = [...deckA.questionIds.map((id, i) => ({ id, i, deckId: deckA.deckId })), ...deckB.questionIds.map((id, i) => ({ id, i: 100 + i, deckId: deckB.deckId }))];
  for (const viewer of [learner, other]) {
    await db.card.createMany({
      data: cards.map(({ id, i, deckId }) => ({
        userId: viewer.id,
        questionId: id,
        deckId,
        due: new Date(now.getTime() + (i - 5) * DAY),
        state: i % 4,
        lapses: i % 10,
        reps: i,
        suspended: viewer === learner && i % 7 === 0,
        leech: viewer === learner && i === 9,
        lastReview: i % 4 === 0 ? null : new Date(now.getTime() - DAY),
      })),
    });
  }
});

describe("browseCards", () => {
  it("lists only the viewer's own cards, paged by 50 in due order", async () => {
    const first = await browseCards(learner, query(), now);
    expect(first.total).toBe(62);
    expect(first).toMatchObject({ hasNext: true, totalCapped: false });
    expect(first.rows).toHaveLength(BROWSE_PAGE_SIZE);
    const dues = first.rows.map((r) => r.due.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const second = await browseCards(learner, query({ page: "2" }), now);
    expect(second.rows).toHaveLength(12);
    // The last page is its own count; a page past the end still says how many there are.
    expect(second).toMatchObject({ total: 62, hasNext: false });
    expect(await browseCards(learner, query({ page: "3" }), now)).toMatchObject({ rows: [], total: 62, hasNext: false });
    expect(new Set([...first.rows, ...second.rows].map((r) => r.questionId)).size).toBe(62);
    // Another learner's flags never show: only the learner's own rows carry suspended/leech.
    expect((await browseCards(other, query({ suspended: "yes" }), now)).total).toBe(0);
  });

  it("searches prompt and answer text case-insensitively, with % and _ matching themselves", async () => {
    expect((await browseCards(learner, query({ q: "pyongyang in 2001" }), now)).rows.map((r) => r.questionId)).toEqual([deckA.questionIds[1]]);
    expect((await browseCards(learner, query({ q: "ENVOY 4" }), now)).total).toBe(11); // Envoy 4, 40–49
    expect((await browseCards(learner, query({ q: "90%" }), now)).rows.map((r) => r.questionId)).toEqual([deckB.questionIds[1]]);
    expect((await browseCards(learner, query({ q: "%" }), now)).total).toBe(1);
    expect((await browseCards(learner, query({ q: "_" }), now)).total).toBe(0);
  });

  it("filters by deck, state, due, suspended, leech and lapses, and sorts both ways", async () => {
    expect((await browseCards(learner, query({ deck: deckB.deckId }), now)).total).toBe(2);
    const review = await browseCards(learner, query({ state: "review" }), now);
    expect(review.rows.every((r) => r.state === 2)).toBe(true);
    expect(review.total).toBe(15);
    const dueNow = await browseCards(learner, query({ due: "now" }), now);
    expect(dueNow.rows.every((r) => r.state !== 0 && r.due <= now)).toBe(true);
    expect(dueNow.total).toBe(4); // i = 1, 2, 3, 5 (i = 0, 4 are new)
    const suspended = await browseCards(learner, query({ suspended: "yes" }), now);
    expect(suspended.total).toBe(9); // i = 0, 7, …, 56
    expect(suspended.rows.every((r) => r.suspended)).toBe(true);
    expect((await browseCards(learner, query({ suspended: "no" }), now)).total).toBe(62 - 9);
    expect((await browseCards(learner, query({ leech: "yes" }), now)).rows.map((r) => r.questionId)).toEqual([deckA.questionIds[9]]);
    const lapsed = await browseCards(learner, query({ lapses: "8" }), now);
    expect(lapsed.rows.every((r) => r.lapses >= 8)).toBe(true);
    expect(lapsed.total).toBe(12);
    const byLapses = await browseCards(learner, query({ sort: "lapses", dir: "desc" }), now);
    expect(byLapses.rows[0]?.lapses).toBe(9);
    const byPrompt = await browseCards(learner, query({ sort: "prompt", deck: deckB.deckId }), now);
    expect(byPrompt.rows.map((r) => r.prompt)).toEqual(["What share was written off? 90%", "Which resolution followed the test?"]);
    const byLast = await browseCards(learner, query({ sort: "last-review", dir: "desc" }), now);
    expect(byLast.rows.at(-1)?.lastReview).toBeNull();
    expect(byLast.rows[0]?.lastReview).not.toBeNull();
  });

  it("offers the decks the viewer has cards in", async () => {
    expect((await listBrowseDecks(learner, "mine")).map((d) => d.id).sort()).toEqual([deckA.deckId, deckB.deckId].sort());
    expect(await listBrowseDecks(await createViewer(), "mine")).toEqual([]);
  });
});

describe("browseAuthoredQuestions", () => {
  it("searches the questions of the instructor's own decks only; learners get nothing", async () => {
    const mine = await browseAuthoredQuestions(instructor, query({ scope: "authored", q: "pyongyang" }));
    expect(mine.total).toBe(60);
    expect(mine.rows.every((r) => r.deckId === deckA.deckId)).toBe(true);
    expect((await browseAuthoredQuestions(instructor, query({ scope: "authored", q: "resolution" }))).total).toBe(0);
    expect((await browseAuthoredQuestions(instructor2, query({ scope: "authored", q: "resolution" }))).total).toBe(1);
    expect((await browseAuthoredQuestions(learner, query({ scope: "authored" }))).total).toBe(0);
    expect((await listBrowseDecks(learner, "authored"))).toEqual([]);
    expect((await listBrowseDecks(instructor2, "authored")).map((d) => d.id)).toEqual([deckB.deckId]);
  });
});
