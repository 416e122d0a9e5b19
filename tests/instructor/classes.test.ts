import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { assignDeckAction, createClassAction, regenerateJoinCodeAction, removeLearnerAction, unassignDeckAction } from "@/app/instructor/actions";
import { joinClassAction } from "@/app/join/actions";
import { leaveClassAction } from "@/app/classes/actions";
import { getClass } from "@/lib/server/classes/get-class";
import { listLearnerClasses } from "@/lib/server/classes/list-learner-classes";
import { JOIN_CODE_ALPHABET } from "@/lib/server/classes/join-code";
import { makeUser } from "./helpers";

let a: Viewer;
let b: Viewer;

async function publishedDeck(owner: Viewer, visibility = "class") {
  return db.deck.create({
    data: { ownerId: owner.id, title: `Deck ${Math.random()}`, status: "published", visibility, questions: { create: [{ kind: "flashcard", prompt: "p", answer: "a" }] } },
  });
}

async function newClass(owner: Viewer, name = "Period 1") {
  const r = await createClassAction.runAs(owner, { name });
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

beforeAll(async () => {
  a = await makeUser("instructor");
  b = await makeUser("instructor");
});

describe("classes", () => {
  it("creates unambiguous 8-character join codes and regenerates them", async () => {
    const cls = await newClass(a);
    expect(cls.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const r = await regenerateJoinCodeAction.runAs(a, { classId: cls.id });
    expect(r.ok && r.data.joinCode).not.toBe(cls.joinCode);
    const learner = await makeUser("learner");
    expect(await joinClassAction.runAs(learner, { code: cls.joinCode })).toMatchObject({ ok: false, status: 404 });
  });

  it("a due date ends at midnight where the instructor lives, not at the end of the UTC day", async () => {
    const deck = await publishedDeck(a);
    for (const [timeZone, dueAt] of [
      ["UTC", "2030-06-30T23:59:59.000Z"],
      ["America/Los_Angeles", "2030-07-01T06:59:59.000Z"],
      ["Pacific/Auckland", "2030-06-30T11:59:59.000Z"],
      ["Asia/Kolkata", "2030-06-30T18:29:59.000Z"],
    ] as const) {
      const cls = await newClass(a, `Due in ${timeZone}`);
      expect(await assignDeckAction.runAs({ ...a, timeZone }, { classId: cls.id, deckId: deck.id, dueAt: "2030-06-30" })).toMatchObject({ ok: true });
      expect((await getClass(a, cls.id)).assignments[0]!.dueAt?.toISOString()).toBe(dueAt);
    }
  });

  it("learner joins by code (case/space-insensitive), sees assignments, leaves; instructor removes", async () => {
    const cls = await newClass(a, "Trade 101");
    const deck = await publishedDeck(a);
    expect(await assignDeckAction.runAs(a, { classId: cls.id, deckId: deck.id, dueAt: "2026-12-01" })).toMatchObject({ ok: true });
    const learner = await makeUser("learner");
    const typed = `${cls.joinCode.slice(0, 4).toLowerCase()} ${cls.joinCode.slice(4)}`;
    expect(await joinClassAction.runAs(learner, { code: typed })).toMatchObject({ ok: true, data: { classId: cls.id, alreadyMember: false } });
    expect(await joinClassAction.runAs(learner, { code: cls.joinCode })).toMatchObject({ ok: true, data: { alreadyMember: true } });
    const mine = await listLearnerClasses(learner);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.assignments[0]).toMatchObject({ deckId: deck.id, questionCount: 1, studiedCount: 0 });
    expect(mine[0]!.assignments[0]!.dueAt?.toISOString()).toBe("2026-12-01T23:59:59.000Z");
    expect((await getClass(a, cls.id)).learners.map((l) => l.userId)).toEqual([learner.id]);
    expect(await leaveClassAction.runAs(learner, { classId: cls.id })).toMatchObject({ ok: true });
    expect(await listLearnerClasses(learner)).toHaveLength(0);
    await joinClassAction.runAs(learner, { code: cls.joinCode });
    expect(await removeLearnerAction.runAs(a, { classId: cls.id, userId: learner.id })).toMatchObject({ ok: true, data: { removed: true } });
    expect((await getClass(a, cls.id)).learners).toHaveLength(0);
  });

  it("rate-limits wrong join codes per user: 10 wrong codes, then 429 even for the right one", async () => {
    const cls = await newClass(a);
    const guesser = await makeUser("learner");
    for (let i = 0; i < 10; i++) expect(await joinClassAction.runAs(guesser, { code: `WRONG${i}XX` })).toMatchObject({ ok: false, status: 404 });
    expect(await joinClassAction.runAs(guesser, { code: "WRONGAXX" })).toMatchObject({ ok: false, status: 429 });
    expect(await joinClassAction.runAs(guesser, { code: cls.joinCode })).toMatchObject({ ok: false, status: 429 });
    // Another person is unaffected.
    const other = await makeUser("learner");
    expect(await joinClassAction.runAs(other, { code: cls.joinCode })).toMatchObject({ ok: true });
  });

  it("only my published class/public decks can be assigned; B cannot see or change A's class", async () => {
    const cls = await newClass(a);
    const privateDeck = await db.deck.create({ data: { ownerId: a.id, title: "Private", status: "published", visibility: "private" } });
    const draft = await db.deck.create({ data: { ownerId: a.id, title: "Draft", status: "draft", visibility: "class" } });
    const bDeck = await publishedDeck(b);
    for (const deckId of [privateDeck.id, draft.id, bDeck.id]) {
      expect(await assignDeckAction.runAs(a, { classId: cls.id, deckId })).toMatchObject({ ok: false, status: 404 });
    }
    const deck = await publishedDeck(a, "public");
    const assigned = await assignDeckAction.runAs(a, { classId: cls.id, deckId: deck.id, dueAt: "" });
    if (!assigned.ok) throw new Error(assigned.error);

    await expect(getClass(b, cls.id)).rejects.toMatchObject({ status: 404 });
    expect(await regenerateJoinCodeAction.runAs(b, { classId: cls.id })).toMatchObject({ ok: false, status: 404 });
    expect(await assignDeckAction.runAs(b, { classId: cls.id, deckId: bDeck.id })).toMatchObject({ ok: false, status: 404 });
    expect(await unassignDeckAction.runAs(b, { classId: cls.id, assignmentId: assigned.data.id })).toMatchObject({ ok: false, status: 404 });
    expect(await removeLearnerAction.runAs(b, { classId: cls.id, userId: a.id })).toMatchObject({ ok: false, status: 404 });
    expect(await db.assignment.count({ where: { classId: cls.id } })).toBe(1);
    expect(await unassignDeckAction.runAs(a, { classId: cls.id, assignmentId: assigned.data.id })).toMatchObject({ ok: true });
    expect(await db.assignment.count({ where: { classId: cls.id } })).toBe(0);
  });
});
