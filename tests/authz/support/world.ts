// The shared authorization fixture: two instructors with their own decks and classes, two learners
// (one in each class), an admin. Ids are fixed strings so cases can name resources directly.
import { db } from "@/lib/server/db/client";
import { deleteAllRows } from "@/tests/support/table-names";
import { loadViewerByUserId, type Viewer } from "@/lib/server/auth/viewer";

export const ACTORS = ["anonymous", "learnerA", "learnerB", "instructorA", "instructorB", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

/** Every id in the world. "A" resources belong to instructorA / learnerA, "B" to instructorB / learnerB. */
export const ids = {
  users: { learnerA: "u-learner-a", learnerB: "u-learner-b", instructorA: "u-instructor-a", instructorB: "u-instructor-b", admin: "u-admin" },
  articleA: "article-a",
  articleB: "article-b",
  // instructorA: a private draft, a published class-only deck (assigned to classA), a published public deck.
  deckADraft: "deck-a-draft",
  deckAClass: "deck-a-class",
  deckAPublic: "deck-a-public",
  deckBDraft: "deck-b-draft",
  deckBClass: "deck-b-class",
  questionADraft: "q-a-draft",
  questionAClass: "q-a-class",
  questionAClassTyped: "q-a-class-typed",
  questionAPublic: "q-a-public",
  questionBDraft: "q-b-draft",
  questionBClass: "q-b-class",
  questionBClassTyped: "q-b-class-typed",
  classA: "class-a",
  classB: "class-b",
  joinCodeA: "JOINAAAA",
  joinCodeB: "JOINBBBB",
  assignmentA: "assign-a",
  assignmentB: "assign-b",
  // learnerA studies deckAClass, learnerB deckBClass.
  cardA: "card-a",
  cardB: "card-b",
  reviewLogA: "log-a",
  reviewLogB: "log-b",
  quizA: "quiz-a",
  quizB: "quiz-b",
} as const;

export type World = { ids: typeof ids; viewers: Record<Actor, Viewer | null>; now: Date };

const ARTICLE_BODY =
  "Kim Yong-nam visited Vietnam in 2012. The delegation then travelled to Laos. Trade talks followed in Hanoi.";

/** Deletes every row of every table (foreign keys off), so the world can be rebuilt with the same ids. */
export async function clearDatabase(): Promise<void> {
  await deleteAllRows();
}

function question(id: string, deckId: string, articleId: string, position: number, kind = "flashcard") {
  return {
    id,
    deckId,
    articleId,
    kind,
    prompt: `Who visited Vietnam in 2012? (${id})`,
    answer: "Kim Yong-nam",
    acceptedAnswers: JSON.stringify(["Kim Yong Nam"]),
    choices: kind === "multiple_choice" ? JSON.stringify(["Kim Yong-nam", "Kim Jong-un", "Choe Ryong-hae", "Pak Pong-ju"]) : "[]",
    sourceSentence: "Kim Yong-nam visited Vietnam in 2012.",
    sourceStart: 0,
    sourceEnd: 37,
    tags: JSON.stringify(["people"]),
    position,
    status: "approved",
  };
}

export async function buildWorld(): Promise<World> {
  await clearDatabase();
  const now = new Date();
  const u = ids.users;
  await db.user.createMany({
    data: [
      { id: u.learnerA, name: "Learner A", email: "learner-a@authz.test", role: "learner" },
      { id: u.learnerB, name: "Learner B", email: "learner-b@authz.test", role: "learner" },
      { id: u.instructorA, name: "Instructor A", email: "instructor-a@authz.test", role: "instructor" },
      { id: u.instructorB, name: "Instructor B", email: "instructor-b@authz.test", role: "instructor" },
      { id: u.admin, name: "Admin", email: "admin@authz.test", role: "admin" },
    ],
  });
  await db.article.createMany({
    data: [
      { id: ids.articleA, title: "Article A", body: ARTICLE_BODY, contentHash: "hash-a", createdById: u.instructorA },
      { id: ids.articleB, title: "Article B", body: ARTICLE_BODY + " B.", contentHash: "hash-b", createdById: u.instructorB },
    ],
  });
  await db.deck.createMany({
    data: [
      { id: ids.deckADraft, ownerId: u.instructorA, title: "A draft", visibility: "private", status: "draft" },
      { id: ids.deckAClass, ownerId: u.instructorA, title: "A class deck", visibility: "class", status: "published" },
      { id: ids.deckAPublic, ownerId: u.instructorA, title: "A public deck", visibility: "public", status: "published" },
      { id: ids.deckBDraft, ownerId: u.instructorB, title: "B draft", visibility: "private", status: "draft" },
      { id: ids.deckBClass, ownerId: u.instructorB, title: "B class deck", visibility: "class", status: "published" },
    ],
  });
  await db.deckArticle.createMany({
    data: [
      { deckId: ids.deckADraft, articleId: ids.articleA },
      { deckId: ids.deckAClass, articleId: ids.articleA },
      { deckId: ids.deckAPublic, articleId: ids.articleA },
      { deckId: ids.deckBDraft, articleId: ids.articleB },
      { deckId: ids.deckBClass, articleId: ids.articleB },
    ],
  });
  await db.question.createMany({
    data: [
      question(ids.questionADraft, ids.deckADraft, ids.articleA, 0),
      question(ids.questionAClass, ids.deckAClass, ids.articleA, 0, "multiple_choice"),
      question(ids.questionAClassTyped, ids.deckAClass, ids.articleA, 1, "typed"),
      question(ids.questionAPublic, ids.deckAPublic, ids.articleA, 0),
      question(ids.questionBDraft, ids.deckBDraft, ids.articleB, 0),
      question(ids.questionBClass, ids.deckBClass, ids.articleB, 0, "multiple_choice"),
      question(ids.questionBClassTyped, ids.deckBClass, ids.articleB, 1, "typed"),
    ],
  });
  await db.class.createMany({
    data: [
      { id: ids.classA, ownerId: u.instructorA, name: "Class A", joinCode: ids.joinCodeA },
      { id: ids.classB, ownerId: u.instructorB, name: "Class B", joinCode: ids.joinCodeB },
    ],
  });
  await db.enrollment.createMany({
    data: [
      { id: "enrol-a", classId: ids.classA, userId: u.learnerA },
      { id: "enrol-b", classId: ids.classB, userId: u.learnerB },
    ],
  });
  await db.assignment.createMany({
    data: [
      { id: ids.assignmentA, classId: ids.classA, deckId: ids.deckAClass, dueAt: new Date(now.getTime() + 7 * 86_400_000) },
      { id: ids.assignmentB, classId: ids.classB, deckId: ids.deckBClass, dueAt: new Date(now.getTime() + 7 * 86_400_000) },
    ],
  });
  const yesterday = new Date(now.getTime() - 86_400_000);
  const dayKey = yesterday.toISOString().slice(0, 10);
  for (const [card, log, userId, questionId, deckId] of [
    [ids.cardA, ids.reviewLogA, u.learnerA, ids.questionAClass, ids.deckAClass],
    [ids.cardB, ids.reviewLogB, u.learnerB, ids.questionBClass, ids.deckBClass],
  ] as const) {
    await db.card.create({
      data: {
        id: card, userId, questionId, deckId, due: now, stability: 2.3, difficulty: 5, scheduledDays: 1, reps: 1, state: 2,
        lastReview: yesterday, version: 1, attempts: 1, correctCount: 1, firstCorrect: true, totalMs: 4000,
      },
    });
    await db.reviewLog.create({
      data: {
        id: log, idempotencyKey: `idem-${log}`, userId, questionId, cardId: card, deckId, rating: 3, stateBefore: 0, state: 2,
        due: now, stability: 2.3, difficulty: 5, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 1, learningSteps: 0,
        cardVersion: 0, correct: true, durationMs: 4000, reviewedAt: yesterday, dayKey,
      },
    });
    await db.learnerDayStat.create({ data: { userId, dayKey, reviews: 1, totalMs: 4000, newCount: 1 } });
    await db.questionStat.create({ data: { questionId, attempts: 1, firstAttempts: 1, firstCorrect: 1 } });
  }
  await db.quizAttempt.createMany({
    data: [
      { id: ids.quizA, userId: u.learnerA, deckId: ids.deckAClass, questionIds: JSON.stringify([ids.questionAClass, ids.questionAClassTyped]) },
      { id: ids.quizB, userId: u.learnerB, deckId: ids.deckBClass, questionIds: JSON.stringify([ids.questionBClass, ids.questionBClassTyped]) },
    ],
  });

  const viewers = { anonymous: null } as Record<Actor, Viewer | null>;
  for (const actor of ACTORS) {
    if (actor === "anonymous") continue;
    viewers[actor] = await loadViewerByUserId(u[actor]);
  }
  return { ids, viewers, now };
}
