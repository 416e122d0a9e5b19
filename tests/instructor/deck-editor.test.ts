import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import {
  bulkQuestionsAction,
  createDeckAction,
  createQuestionAction,
  importCsvAction,
  moveQuestionAction,
  updateDeckAction,
  updateQuestionAction,
} from "@/app/instructor/actions";
import { getEditableDeck } from "@/lib/server/decks/get-editable-deck";
import { exportDeckCsv } from "@/lib/server/questions/export-deck-csv";
import { parseCsv } from "@/lib/csv/parse-csv";
import { makeUser } from "./helpers";

let a: Viewer;
let b: Viewer;
let learner: Viewer;

async function newDeck(owner: Viewer, title = "Deck") {
  const r = await createDeckAction.runAs(owner, { title });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

const flashcard = { kind: "flashcard", prompt: "Capital of France?", answer: "Paris", tags: "geo|europe" };

beforeAll(async () => {
  a = await makeUser("instructor", "Ada");
  b = await makeUser("instructor", "Bo");
  learner = await makeUser("learner", "Lee");
});

describe("deck editor", () => {
  it("validates each question kind", async () => {
    const deckId = await newDeck(a);
    const mcBad = await createQuestionAction.runAs(a, { deckId, content: { kind: "multiple_choice", prompt: "Pick", answer: "E", choices: ["A", "B", "C", "D"] } });
    expect(mcBad.ok).toBe(false);
    if (!mcBad.ok) expect(mcBad.fieldErrors?.["content.answer"]?.[0]).toMatch(/one of the choices/);
    const mcThree = await createQuestionAction.runAs(a, { deckId, content: { kind: "multiple_choice", prompt: "Pick", answer: "A", choices: "A|B|C" } });
    expect(mcThree.ok).toBe(false);
    if (!mcThree.ok) expect(mcThree.fieldErrors?.["content.choices"]?.[0]).toMatch(/exactly 4/);
    const empty = await createQuestionAction.runAs(a, { deckId, content: { kind: "typed", prompt: "  ", answer: "x" } });
    expect(empty.ok).toBe(false);
    const ok = await createQuestionAction.runAs(a, { deckId, content: { kind: "typed", prompt: "Year?", answer: "2016", acceptedAnswers: "two thousand sixteen" } });
    expect(ok.ok).toBe(true);
    const deck = await getEditableDeck(a, deckId);
    expect(deck.questions).toHaveLength(1);
    expect(deck.questions[0]!.acceptedAnswers).toEqual(["two thousand sixteen"]);
  });

  it("counts questions per status over the whole deck in the same read, whatever the filter", async () => {
    const deckId = await newDeck(a);
    const ids: string[] = [];
    for (const p of ["alpha", "beta", "gamma", "delta"]) {
      const r = await createQuestionAction.runAs(a, { deckId, content: { ...flashcard, prompt: p } });
      if (r.ok) ids.push(r.data.id);
    }
    await db.question.update({ where: { id: ids[0] }, data: { status: "draft" } });
    await db.question.update({ where: { id: ids[1] }, data: { status: "rejected" } });
    const filtered = await getEditableDeck(a, deckId, { q: "gamma" });
    expect(filtered.questions.map((q) => q.prompt)).toEqual(["gamma"]);
    expect(filtered.statusCounts).toEqual({ draft: 1, approved: 2, rejected: 1 });
    expect(filtered.allTags).toEqual(["europe", "geo"]);
  });

  it("reorders with move up/down", async () => {
    const deckId = await newDeck(a);
    const ids: string[] = [];
    for (const p of ["one", "two", "three"]) {
      const r = await createQuestionAction.runAs(a, { deckId, content: { ...flashcard, prompt: p } });
      if (r.ok) ids.push(r.data.id);
    }
    await moveQuestionAction.runAs(a, { questionId: ids[2], direction: "up" });
    await moveQuestionAction.runAs(a, { questionId: ids[0], direction: "up" }); // already first: no-op
    expect((await getEditableDeck(a, deckId)).questions.map((q) => q.prompt)).toEqual(["one", "three", "two"]);
  });

  it("reordering leaves other questions' edit versions valid; a rewritten source sentence drops stale offsets", async () => {
    const deckId = await newDeck(a);
    const ids: string[] = [];
    for (const p of ["one", "two", "three"]) {
      const r = await createQuestionAction.runAs(a, { deckId, content: { ...flashcard, prompt: p } });
      if (r.ok) ids.push(r.data.id);
    }
    await db.question.update({ where: { id: ids[0]! }, data: { sourceSentence: "Old sentence.", sourceStart: 10, sourceEnd: 23 } });
    const loaded = (await getEditableDeck(a, deckId)).questions.find((q) => q.id === ids[0])!;
    await moveQuestionAction.runAs(a, { questionId: ids[2], direction: "up" }); // swaps two and three only
    const saved = await updateQuestionAction.runAs(a, { questionId: ids[0], content: { ...flashcard, prompt: "one", sourceSentence: "New sentence." }, expectedUpdatedAt: loaded.updatedAt });
    expect(saved.ok).toBe(true);
    expect(await db.question.findUniqueOrThrow({ where: { id: ids[0]! } })).toMatchObject({ sourceSentence: "New sentence.", sourceStart: null, sourceEnd: null });
  });

  it("rejects a stale edit with 409 and keeps progress unless reset is ticked", async () => {
    const deckId = await newDeck(a);
    const created = await createQuestionAction.runAs(a, { deckId, content: flashcard });
    if (!created.ok) throw new Error(created.error);
    const questionId = created.data.id;
    await db.card.create({ data: { userId: learner.id, questionId, deckId, due: new Date(), reps: 1, lastReview: new Date() } });
    const loaded = (await getEditableDeck(a, deckId)).questions[0]!;
    const first = await updateQuestionAction.runAs(a, { questionId, content: { ...flashcard, answer: "Paris, France" }, expectedUpdatedAt: loaded.updatedAt });
    expect(first.ok).toBe(true);
    expect(await db.card.count({ where: { questionId } })).toBe(1);
    const stale = await updateQuestionAction.runAs(a, { questionId, content: { ...flashcard, answer: "Lyon" }, expectedUpdatedAt: loaded.updatedAt });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    const fresh = (await getEditableDeck(a, deckId)).questions[0]!;
    expect(fresh.answer).toBe("Paris, France");
    const reset = await updateQuestionAction.runAs(a, { questionId, content: { ...flashcard, answer: "Paris" }, expectedUpdatedAt: fresh.updatedAt, resetProgress: "on" });
    expect(reset).toMatchObject({ ok: true, data: { resetCards: 1 } });
    expect(await db.card.count({ where: { questionId } })).toBe(0);
  });

  it("soft-deleting a question keeps learners' review logs and cards", async () => {
    const deckId = await newDeck(a);
    const created = await createQuestionAction.runAs(a, { deckId, content: flashcard });
    if (!created.ok) throw new Error(created.error);
    const questionId = created.data.id;
    const card = await db.card.create({ data: { userId: learner.id, questionId, deckId, due: new Date(), reps: 1, lastReview: new Date() } });
    await db.reviewLog.create({
      data: {
        idempotencyKey: `k-${questionId}`, userId: learner.id, questionId, cardId: card.id, deckId, rating: 3, stateBefore: 0, state: 1,
        due: new Date(), stability: 1, difficulty: 5, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0,
        cardVersion: 0, reviewedAt: new Date(), dayKey: "2026-11-23",
      },
    });
    const del = await bulkQuestionsAction.runAs(a, { deckId, questionIds: [questionId], operation: { type: "delete" } });
    expect(del).toEqual({ ok: true, data: { count: 1 } });
    expect((await db.question.findUniqueOrThrow({ where: { id: questionId } })).deletedAt).not.toBeNull();
    expect(await db.reviewLog.count({ where: { questionId } })).toBe(1);
    expect((await getEditableDeck(a, deckId)).questions).toHaveLength(0);
  });

  it("bulk tags, moves to another of my decks, and filters", async () => {
    const deckId = await newDeck(a, "Source");
    const otherId = await newDeck(a, "Target");
    const ids: string[] = [];
    for (const k of ["flashcard", "typed", "cloze"]) {
      const r = await createQuestionAction.runAs(a, { deckId, content: { kind: k, prompt: `${k} prompt`, answer: "x" } });
      if (r.ok) ids.push(r.data.id);
    }
    await bulkQuestionsAction.runAs(a, { deckId, questionIds: ids.slice(0, 2), operation: { type: "tag", tag: "Week1" } });
    expect((await getEditableDeck(a, deckId, { tag: "week1" })).questions.map((q) => q.kind)).toEqual(["flashcard", "typed"]);
    expect((await getEditableDeck(a, deckId, { kind: "cloze" })).questions).toHaveLength(1);
    expect((await getEditableDeck(a, deckId, { q: "typed" })).questions).toHaveLength(1);
    const moved = await bulkQuestionsAction.runAs(a, { deckId, questionIds: [ids[2]], operation: { type: "move", targetDeckId: otherId } });
    expect(moved).toEqual({ ok: true, data: { count: 1 } });
    expect((await getEditableDeck(a, otherId)).questions.map((q) => q.kind)).toEqual(["cloze"]);
    // Moving into a stranger's deck is "not found" and changes nothing.
    const bDeck = await newDeck(b);
    expect(await bulkQuestionsAction.runAs(a, { deckId, questionIds: [ids[0]], operation: { type: "move", targetDeckId: bDeck } })).toMatchObject({ ok: false, status: 404 });
  });

  it("publishing needs an approved question", async () => {
    const deckId = await newDeck(a);
    expect(await updateDeckAction.runAs(a, { deckId, status: "published" })).toMatchObject({ ok: false, status: 409 });
    await createQuestionAction.runAs(a, { deckId, content: flashcard });
    expect(await updateDeckAction.runAs(a, { deckId, status: "published", visibility: "class" })).toMatchObject({ ok: true, data: { status: "published" } });
  });
});

describe("CSV import/export", () => {
  it("a CSV with one bad row changes nothing and reports the row and reason", async () => {
    const deckId = await newDeck(a);
    const csv = [
      "front,back,kind,choices,tags,source",
      "What is 2+2?,4,flashcard,,math,",
      '"Pick the largest","Mars",multiple_choice,"Mars|Venus|Mercury",planets,', // only 3 choices: bad (line 3)
      "Year of the treaty?,1992,typed,,history|dates,The treaty was signed in 1992.",
      "Broken,,flashcard,,,", // empty back: bad (line 5)
    ].join("\n");
    const result = await importCsvAction.runAs(a, { deckId, csv });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.ok).toBe(false);
    if (result.data.ok) return;
    expect(result.data.errors.map((e) => e.line)).toEqual([3, 5]);
    expect(result.data.errors[0]!.reason).toMatch(/choices: .*exactly 4/);
    expect(result.data.errors[1]!.reason).toMatch(/back: Required/);
    expect(await db.question.count({ where: { deckId } })).toBe(0);
  });

  it("a valid CSV imports every row in one go and exports back as parseable CSV", async () => {
    const deckId = await newDeck(a);
    const csv = [
      "front,back,kind,choices,tags,source",
      '"Which city, in 2016?",Hanoi,multiple_choice,Hanoi|Vientiane|Bangkok|Yangon,asia|cities,"He said ""yes""."',
      "Capital of Laos is ___,Vientiane,cloze,,asia,",
    ].join("\r\n");
    const result = await importCsvAction.runAs(a, { deckId, csv });
    expect(result).toEqual({ ok: true, data: { ok: true, imported: 2 } });
    const { csv: out } = await exportDeckCsv(a, deckId);
    const rows = parseCsv(out).map((r) => r.fields);
    expect(rows).toEqual([
      ["front", "back", "kind", "choices", "tags", "source"],
      ["Which city, in 2016?", "Hanoi", "multiple_choice", "Hanoi|Vientiane|Bangkok|Yangon", "asia|cities", 'He said "yes".'],
      ["Capital of Laos is ___", "Vientiane", "cloze", "", "asia", ""],
    ]);
    await expect(exportDeckCsv(b, deckId)).rejects.toMatchObject({ status: 404 });
  });
});

describe("ownership", () => {
  it("instructor B and a learner cannot read or edit A's deck", async () => {
    const deckId = await newDeck(a, "A's private deck");
    const q = await createQuestionAction.runAs(a, { deckId, content: flashcard });
    if (!q.ok) throw new Error(q.error);
    await expect(getEditableDeck(b, deckId)).rejects.toMatchObject({ status: 404 });
    expect(await updateDeckAction.runAs(b, { deckId, title: "Hijacked" })).toMatchObject({ ok: false, status: 404 });
    expect(await createQuestionAction.runAs(b, { deckId, content: flashcard })).toMatchObject({ ok: false, status: 404 });
    expect(await bulkQuestionsAction.runAs(b, { deckId, questionIds: [q.data.id], operation: { type: "delete" } })).toMatchObject({ ok: false, status: 404 });
    expect(await moveQuestionAction.runAs(b, { questionId: q.data.id, direction: "down" })).toMatchObject({ ok: false, status: 404 });
    expect(await updateQuestionAction.runAs(b, { questionId: q.data.id, content: flashcard, expectedUpdatedAt: new Date().toISOString() })).toMatchObject({ ok: false, status: 404 });
    expect(await importCsvAction.runAs(b, { deckId, csv: "front,back,kind,choices,tags,source\nx,y,flashcard,,," })).toMatchObject({ ok: false, status: 404 });
    // Learners may use the actions, on their own private decks only (tests/instructor/learner-decks.test.ts).
    expect(await updateDeckAction.runAs(learner, { deckId, title: "Hijacked" })).toMatchObject({ ok: false, status: 404 });
    expect(await createQuestionAction.runAs(learner, { deckId, content: flashcard })).toMatchObject({ ok: false, status: 404 });
    await expect(getEditableDeck(learner, deckId)).rejects.toMatchObject({ status: 404 });
    expect(await createDeckAction.runAs(null, { title: "Nope" })).toMatchObject({ ok: false, status: 401 });
    const deck = await db.deck.findUniqueOrThrow({ where: { id: deckId }, include: { questions: true } });
    expect(deck.title).toBe("A's private deck");
    expect(deck.questions[0]!.deletedAt).toBeNull();
  });
});
