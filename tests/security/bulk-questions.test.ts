// Issue 17 item 9: bulk question operations failed from 1,000 ids with P2029 (too many SQL parameters), although
// the action's schema allows 5,000. They now work through the ids in slices inside one transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { bulkQuestionsAction } from "@/app/instructor/actions";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { makeUser } from "../instructor/helpers";

let instructor: Viewer;

beforeAll(async () => {
  instructor = await makeUser("instructor");
});

async function deckWith(count: number): Promise<{ deckId: string; ids: string[] }> {
  const deck = await db.deck.create({ data: { ownerId: instructor.id, title: `Bulk ${count}`, status: "draft", visibility: "private" } });
  const ids = Array.from({ length: count }, (_, i) => `${deck.id}-q${i}`);
  await db.question.createMany({ data: ids.map((id, position) => ({ id, deckId: deck.id, kind: "flashcard", prompt: `P${position}`, answer: `A${position}`, position, status: "draft" })) });
  return { deckId: deck.id, ids };
}

const run = (deckId: string, questionIds: string[], operation: unknown) => bulkQuestionsAction.runAs(instructor, { deckId, questionIds, operation });

describe("bulk question operations on 5,000 ids", () => {
  it("approve, tag, untag and delete each touch all 5,000", async () => {
    const { deckId, ids } = await deckWith(5000);
    expect(await run(deckId, ids, { type: "approve" })).toEqual({ ok: true, data: { count: 5000 } });
    expect(await db.question.count({ where: { deckId, status: "approved" } })).toBe(5000);
    expect(await run(deckId, ids, { type: "tag", tag: "Policy" })).toEqual({ ok: true, data: { count: 5000 } });
    expect(await db.question.count({ where: { deckId, tags: '["policy"]' } })).toBe(5000);
    expect(await run(deckId, ids, { type: "untag", tag: "policy" })).toEqual({ ok: true, data: { count: 5000 } });
    expect(await db.question.count({ where: { deckId, tags: "[]" } })).toBe(5000);
    expect(await run(deckId, ids, { type: "delete" })).toEqual({ ok: true, data: { count: 5000 } });
    expect(await db.question.count({ where: { deckId, deletedAt: null } })).toBe(0);
  }, 120_000);

  it("move keeps the order and appends after the target's questions, with the learners' cards", async () => {
    const { deckId, ids } = await deckWith(5000);
    const target = await deckWith(2);
    const learner = await makeUser("learner");
    await db.card.create({ data: { userId: learner.id, questionId: ids[4321]!, deckId, due: new Date() } });
    expect(await run(deckId, [...ids].reverse(), { type: "move", targetDeckId: target.deckId })).toEqual({ ok: true, data: { count: 5000 } });
    const moved = await db.question.findMany({ where: { deckId: target.deckId }, orderBy: { position: "asc" }, select: { id: true } });
    expect(moved.map((q) => q.id)).toEqual([...target.ids, ...ids]);
    expect((await db.card.findFirstOrThrow({ where: { userId: learner.id } })).deckId).toBe(target.deckId);
  }, 120_000);

  it("ids from a stranger's deck are ignored, and more than 5,000 are refused", async () => {
    const mine = await deckWith(1200);
    const stranger = await makeUser("instructor");
    const theirs = await db.deck.create({ data: { ownerId: stranger.id, title: "Theirs", status: "draft", visibility: "private" } });
    await db.question.create({ data: { id: "theirs-q", deckId: theirs.id, kind: "flashcard", prompt: "p", answer: "a", status: "draft" } });
    expect(await run(mine.deckId, [...mine.ids, "theirs-q"], { type: "reject" })).toEqual({ ok: true, data: { count: 1200 } });
    expect((await db.question.findUniqueOrThrow({ where: { id: "theirs-q" } })).status).toBe("draft");
    expect(await run(mine.deckId, Array.from({ length: 5001 }, (_, i) => `x${i}`), { type: "approve" })).toMatchObject({ ok: false, status: 422 });
  }, 60_000);
});
