// Learners' own decks (issue 15): a learner writes a private deck by hand or generates one from an article,
// through the same actions and data layer instructors use; nobody else sees it, and only instructors publish.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import {
  assignDeckAction,
  bulkQuestionsAction,
  createDeckAction,
  createQuestionAction,
  generateDeckAction,
  importCsvAction,
  moveQuestionAction,
  updateDeckAction,
  updateQuestionAction,
} from "@/app/instructor/actions";
import { getDeck } from "@/lib/server/decks/get-deck";
import { getEditableDeck } from "@/lib/server/decks/get-editable-deck";
import { listCatalogDecks } from "@/lib/server/decks/list-catalog-decks";
import { listMyDecks } from "@/lib/server/decks/list-my-decks";
import { getArticle } from "@/lib/server/articles/get-article";
import { getNextStudyCard } from "@/lib/server/study/get-next-study-card";
import { saveReview } from "@/lib/server/study/save-review";
import { TRADE_ARTICLE } from "./article-fixture";
import { makeUser } from "./helpers";

let lea: Viewer;
let leo: Viewer;
let ida: Viewer;

beforeAll(async () => {
  lea = await makeUser("learner", "Lea");
  leo = await makeUser("learner", "Leo");
  ida = await makeUser("instructor", "Ida");
});

async function newDeck(owner: Viewer, title: string): Promise<string> {
  const r = await createDeckAction.runAs(owner, { title, description: "" });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

async function addQuestion(owner: Viewer, deckId: string, content: Record<string, unknown>): Promise<string> {
  const r = await createQuestionAction.runAs(owner, { deckId, content });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

const FOUR_KINDS = [
  { kind: "flashcard", prompt: "Capital of Chile?", answer: "Santiago" },
  { kind: "multiple_choice", prompt: "Which port ships the copper?", answer: "Valparaíso", choices: ["Valparaíso", "Hai Phong", "Antofagasta", "Iquique"] },
  { kind: "cloze", prompt: "The deal is worth about {{c1::$1.4 billion}}.", answer: "$1.4 billion" },
  { kind: "typed", prompt: "How many tons of refined copper?", answer: "150,000", acceptedAnswers: ["150000"] },
];

describe("a learner's deck by hand", () => {
  it("is a private deck of the learner's, holding all four kinds, editable and deletable, studied by its owner", async () => {
    const deckId = await newDeck(lea, "Chile trade");
    const deck = await db.deck.findUniqueOrThrow({ where: { id: deckId } });
    // Published-but-private like an imported deck: the owner studies it at once, nobody else sees it.
    expect(deck).toMatchObject({ ownerId: lea.id, visibility: "private", status: "published" });

    const ids: string[] = [];
    for (const content of FOUR_KINDS) ids.push(await addQuestion(lea, deckId, content));
    const editable = await getEditableDeck(lea, deckId);
    expect(editable.questions.map((q) => [q.kind, q.status])).toEqual(FOUR_KINDS.map((q) => [q.kind, "approved"]));

    const first = editable.questions[0]!;
    const edited = await updateQuestionAction.runAs(lea, {
      questionId: first.id,
      content: { kind: "flashcard", prompt: "Capital city of Chile?", answer: "Santiago" },
      expectedUpdatedAt: first.updatedAt,
    });
    expect(edited).toMatchObject({ ok: true });
    expect(await moveQuestionAction.runAs(lea, { questionId: ids[1]!, direction: "up" })).toMatchObject({ ok: true });
    expect(await bulkQuestionsAction.runAs(lea, { deckId, questionIds: [ids[3]!], operation: { type: "delete" } })).toMatchObject({ ok: true });
    expect(await updateDeckAction.runAs(lea, { deckId, title: "Chile and Vietnam", description: "Mine" })).toMatchObject({ ok: true });
    expect(await importCsvAction.runAs(lea, { deckId, csv: "front,back,kind\r\nYear of the deal?,2025,flashcard\r\n" })).toMatchObject({ ok: true, data: { ok: true, imported: 1 } });

    const after = await getEditableDeck(lea, deckId);
    expect(after.title).toBe("Chile and Vietnam");
    expect(after.questions.map((q) => q.prompt)).toEqual([
      "Which port ships the copper?",
      "Capital city of Chile?",
      "The deal is worth about {{c1::$1.4 billion}}.",
      "Year of the deal?",
    ]);

    // The owner studies it: the queue serves its cards and a review is saved.
    const next = await getNextStudyCard(lea, deckId);
    expect(next.card).not.toBeNull();
    const saved = await saveReview(lea, { questionId: next.card!.questionId, rating: 3, idempotencyKey: randomUUID(), expectedVersion: next.card!.version, durationMs: 1500, answer: null, type: "review" });
    expect(saved.review.questionId).toBe(next.card!.questionId);
    expect(await db.reviewLog.count({ where: { userId: lea.id, deckId } })).toBe(1);

    // It lists among the owner's decks and nobody else's.
    expect((await listMyDecks(lea)).map((d) => d.id)).toContain(deckId);
    expect((await listCatalogDecks(lea)).map((d) => d.id)).toContain(deckId);
    expect((await listCatalogDecks(leo)).map((d) => d.id)).not.toContain(deckId);
    expect((await listCatalogDecks(ida)).map((d) => d.id)).not.toContain(deckId);
    expect((await listCatalogDecks(null)).map((d) => d.id)).not.toContain(deckId);
  });

  it("is seen, studied and edited by nobody else: another learner, an instructor, an admin, a visitor", async () => {
    const deckId = await newDeck(lea, "Lea's secrets");
    const questionId = await addQuestion(lea, deckId, FOUR_KINDS[0]!);
    const admin = await makeUser("admin", "Ada");
    const before = await db.question.findUniqueOrThrow({ where: { id: questionId } });
    for (const other of [leo, ida, admin]) {
      await expect(getDeck(other, deckId)).rejects.toMatchObject({ status: 404 });
      await expect(getEditableDeck(other, deckId)).rejects.toMatchObject({ status: 404 });
      await expect(getNextStudyCard(other, deckId)).rejects.toMatchObject({ status: 404 });
      expect(await updateDeckAction.runAs(other, { deckId, title: "Mine now" })).toMatchObject({ ok: false, status: 404 });
      expect(await createQuestionAction.runAs(other, { deckId, content: FOUR_KINDS[0] })).toMatchObject({ ok: false, status: 404 });
      expect(
        await updateQuestionAction.runAs(other, { questionId, content: FOUR_KINDS[0], expectedUpdatedAt: before.updatedAt.toISOString() }),
      ).toMatchObject({ ok: false, status: 404 });
      expect(await bulkQuestionsAction.runAs(other, { deckId, questionIds: [questionId], operation: { type: "delete" } })).toMatchObject({ ok: false, status: 404 });
    }
    await expect(getDeck(null, deckId)).rejects.toMatchObject({ status: 404 });
    expect(await createQuestionAction.runAs(null, { deckId, content: FOUR_KINDS[0] })).toMatchObject({ ok: false, status: 401 });
    const unchanged = await db.deck.findUniqueOrThrow({ where: { id: deckId }, include: { questions: true } });
    expect(unchanged.title).toBe("Lea's secrets");
    expect(unchanged.questions).toHaveLength(1);
    expect(unchanged.questions[0]!.updatedAt.toISOString()).toBe(before.updatedAt.toISOString());
    expect(unchanged.questions[0]!.deletedAt).toBeNull();
  });

  it("cannot be published, made public or assigned to a class by its learner owner", async () => {
    const deckId = await newDeck(lea, "Stays private");
    await addQuestion(lea, deckId, FOUR_KINDS[0]!);
    for (const settings of [{ visibility: "public" }, { visibility: "class" }, { status: "draft" }, { status: "published" }, { title: "X", visibility: "public" }]) {
      const r = await updateDeckAction.runAs(lea, { deckId, ...settings });
      expect(r, JSON.stringify(settings)).toMatchObject({ ok: false, status: 403, error: expect.stringMatching(/Only instructors publish/) });
    }
    // Keeping it private is not publishing.
    expect(await updateDeckAction.runAs(lea, { deckId, visibility: "private" })).toMatchObject({ ok: true });
    const klass = await db.class.create({ data: { ownerId: ida.id, name: "Ida's class", joinCode: `J${randomUUID().slice(0, 7).toUpperCase()}` } });
    expect(await assignDeckAction.runAs(lea, { classId: klass.id, deckId, dueAt: "" })).toMatchObject({ ok: false });
    expect(await db.deck.findUniqueOrThrow({ where: { id: deckId } })).toMatchObject({ title: "Stays private", visibility: "private", status: "published" });
    expect(await db.assignment.count({ where: { deckId } })).toBe(0);
  });

  it("a learner cannot edit a deck they own that is not private (an instructor who became a learner)", async () => {
    const former = await makeUser("instructor", "Former");
    const deckId = await newDeck(former, "Public before");
    await addQuestion(former, deckId, FOUR_KINDS[0]!);
    expect(await updateDeckAction.runAs(former, { deckId, visibility: "public", status: "published" })).toMatchObject({ ok: true });
    await db.user.update({ where: { id: former.id }, data: { role: "learner" } });
    const demoted: Viewer = { ...former, role: "learner" };
    expect(await updateDeckAction.runAs(demoted, { deckId, title: "Changed" })).toMatchObject({ ok: false, status: 404 });
    expect(await createQuestionAction.runAs(demoted, { deckId, content: FOUR_KINDS[0] })).toMatchObject({ ok: false, status: 404 });
    expect(await updateDeckAction.runAs(demoted, { deckId, visibility: "private" })).toMatchObject({ ok: false, status: 404 });
    expect(await db.deck.findUniqueOrThrow({ where: { id: deckId } })).toMatchObject({ title: "Public before", visibility: "public" });
  });
});

describe("a learner's deck from an article", () => {
  it("generates drafts for the learner to approve, edit and reject; the deck and its article stay theirs alone", async () => {
    const r = await generateDeckAction.runAs(lea, { text: TRADE_ARTICLE, format: "text" });
    if (!r.ok) throw new Error(r.error);
    const deck = await db.deck.findUniqueOrThrow({ where: { id: r.data.deckId }, include: { questions: true, articles: true } });
    expect(deck).toMatchObject({ ownerId: lea.id, visibility: "private", status: "published" });
    expect(new Set(deck.questions.map((q) => q.status))).toEqual(new Set(["draft"]));
    expect(deck.questions.length).toBeGreaterThan(3);

    // Nothing is studied until approved.
    expect((await getNextStudyCard(lea, deck.id)).card).toBeNull();
    const [q1, q2, q3] = deck.questions;
    expect(await bulkQuestionsAction.runAs(lea, { deckId: deck.id, questionIds: [q1!.id, q2!.id], operation: { type: "approve" } })).toMatchObject({ ok: true });
    expect(await bulkQuestionsAction.runAs(lea, { deckId: deck.id, questionIds: [q3!.id], operation: { type: "reject" } })).toMatchObject({ ok: true });
    const edited = await updateQuestionAction.runAs(lea, {
      questionId: q1!.id,
      content: { kind: "flashcard", prompt: "Where was the copper pact signed?", answer: "Santiago", sourceSentence: q1!.sourceSentence },
      expectedUpdatedAt: (await db.question.findUniqueOrThrow({ where: { id: q1!.id } })).updatedAt.toISOString(),
    });
    expect(edited).toMatchObject({ ok: true });
    const counts = (await getEditableDeck(lea, deck.id)).statusCounts;
    expect(counts).toEqual({ approved: 2, rejected: 1, draft: deck.questions.length - 3 });

    const next = await getNextStudyCard(lea, deck.id);
    expect([q1!.id, q2!.id]).toContain(next.card?.questionId);

    const articleId = deck.articles[0]!.articleId;
    expect((await getArticle(lea, articleId)).id).toBe(articleId);
    await expect(getArticle(leo, articleId)).rejects.toMatchObject({ status: 404 });
    await expect(getArticle(null, articleId)).rejects.toMatchObject({ status: 404 });
    await expect(getDeck(leo, deck.id)).rejects.toMatchObject({ status: 404 });
  });
});
