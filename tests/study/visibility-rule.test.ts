// "Which decks may this viewer study" has one definition (visibleDeckWhere) and one fast form, the SQL
// condition quickVisibleDeckSql used by the review's read (load-review-target.ts) and the queue's deck check
// (get-next-study-card.ts). Over generated worlds of users, decks, questions, classes, enrollments and
// assignments this proves: the fast form ⊆ visibleDeckWhere, and each caller's lookup (fast, else the
// full rule) ≡ visibleDeckWhere, for questions and for decks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { visibleDeckWhere } from "@/lib/server/decks/deck-access";
import { loadReviewTarget } from "@/lib/server/study/load-review-target";
import { getNextStudyCard } from "@/lib/server/study/get-next-study-card";

const USERS = 3;
const past = new Date("2026-01-01T00:00:00Z");

// Deleted and archived rows are the exception, so the interesting (visible) cases are common.
const rarely = fc.constantFrom(false, false, false, true);
const deckArb = fc.record({
  owner: fc.nat({ max: USERS - 1 }),
  status: fc.constantFrom("published", "published", "draft"),
  visibility: fc.constantFrom("private", "class", "class", "public"),
  deleted: rarely,
  questionStatus: fc.constantFrom("approved", "approved", "approved", "draft", "rejected"),
  questionDeleted: rarely,
});
const classArb = fc.record({ owner: fc.nat({ max: USERS - 1 }), archived: rarely });
const worldArb = fc
  .record({ decks: fc.array(deckArb, { minLength: 1, maxLength: 5 }), classes: fc.array(classArb, { minLength: 1, maxLength: 3 }) })
  .chain((w) =>
    fc.record({
      decks: fc.constant(w.decks),
      classes: fc.constant(w.classes),
      enrollments: fc.uniqueArray(fc.tuple(fc.nat({ max: Math.max(0, w.classes.length - 1) }), fc.nat({ max: USERS - 1 })), { selector: (t) => t.join(), maxLength: 6 }),
      assignments: fc.uniqueArray(fc.tuple(fc.nat({ max: Math.max(0, w.classes.length - 1) }), fc.nat({ max: w.decks.length - 1 })), { selector: (t) => t.join(), maxLength: 6 }),
      roles: fc.array(fc.constantFrom("learner", "instructor", "admin"), { minLength: USERS, maxLength: USERS }),
    }),
  );

type World = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

async function build(world: World): Promise<{ viewers: Viewer[]; deckIds: string[]; questionIds: string[] }> {
  await db.user.deleteMany({ where: { id: { startsWith: "vis-" } } });
  const viewers: Viewer[] = [];
  for (let u = 0; u < USERS; u++) {
    const role = world.roles[u] as Viewer["role"];
    await db.user.create({ data: { id: `vis-${u}`, name: `V${u}`, email: `vis-${u}@test.dev`, role } });
    viewers.push({ id: `vis-${u}`, name: `V${u}`, email: `vis-${u}@test.dev`, role, timeZone: "UTC", dayStartHour: 4, desiredRetention: 0.9, maximumInterval: 36500, newCardsPerDay: 20 });
  }
  const deckIds: string[] = [];
  const questionIds: string[] = [];
  for (const [i, d] of world.decks.entries()) {
    const deck = await db.deck.create({
      data: { ownerId: `vis-${d.owner}`, title: `D${i}`, status: d.status, visibility: d.visibility, deletedAt: d.deleted ? past : null },
    });
    const q = await db.question.create({
      data: { deckId: deck.id, kind: "flashcard", prompt: "p", answer: "a", status: d.questionStatus, deletedAt: d.questionDeleted ? past : null },
    });
    deckIds.push(deck.id);
    questionIds.push(q.id);
  }
  const classIds: string[] = [];
  for (const [i, c] of world.classes.entries()) {
    const row = await db.class.create({ data: { ownerId: `vis-${c.owner}`, name: `C${i}`, joinCode: `VIS${i}${Math.random().toString(36).slice(2, 8)}`, archivedAt: c.archived ? past : null } });
    classIds.push(row.id);
  }
  if (classIds.length > 0) {
    for (const [c, u] of world.enrollments) await db.enrollment.create({ data: { classId: classIds[c]!, userId: `vis-${u}` } });
    for (const [c, d] of world.assignments) await db.assignment.create({ data: { classId: classIds[c]!, deckId: deckIds[d]! } });
  }
  return { viewers, deckIds, questionIds };
}

const questionWhere = (id: string) => ({ id, deletedAt: null, status: "approved" });

const found = (p: Promise<unknown>) => p.then(() => true, () => false);

describe("one visibility rule", () => {
  it("quickVisibleDeckSql ⊆ visibleDeckWhere, and quick-then-full ≡ visibleDeckWhere for the review read and the queue", async () => {
    let quickHits = 0;
    let classOnly = 0;
    await fc.assert(
      fc.asyncProperty(worldArb, async (world) => {
        const { viewers, deckIds, questionIds } = await build(world);
        for (const viewer of viewers) {
          for (const [i, questionId] of questionIds.entries()) {
            const deckId = deckIds[i]!;
            const quick = (await loadReviewTarget(viewer, questionId, "quick")) !== null;
            const full = (await db.question.findFirst({ where: { ...questionWhere(questionId), deck: visibleDeckWhere(viewer) }, select: { id: true } })) !== null;
            const saved = quick || (await found(loadReviewTarget(viewer, questionId, "full")));
            if (quick) expect(full, `fast form must be a subset of visibleDeckWhere (${viewer.id}, question ${i})`).toBe(true);
            expect(saved, `the review read must equal visibleDeckWhere (${viewer.id}, question ${i})`).toBe(full);
            const deckVisible = (await db.deck.findFirst({ where: { AND: [{ id: deckId }, visibleDeckWhere(viewer)] }, select: { id: true } })) !== null;
            expect(await found(getNextStudyCard(viewer, deckId)), `the queue's deck check must equal visibleDeckWhere (${viewer.id}, deck ${i})`).toBe(deckVisible);
            if (quick) quickHits++;
            if (full && !quick) classOnly++;
          }
        }
      }),
      { numRuns: 30, seed: 20261130 },
    );
    // The generator reaches both the fast branches and the class-assignment branch only the full rule knows.
    expect(quickHits).toBeGreaterThan(0);
    expect(classOnly).toBeGreaterThan(0);
  });
});
