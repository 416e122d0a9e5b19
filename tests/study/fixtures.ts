import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";

let n = 0;

export async function createViewer(overrides: Partial<Viewer> = {}): Promise<Viewer> {
  n += 1;
  const id = `u-${n}-${randomUUID().slice(0, 8)}`;
  const viewer: Viewer = {
    id,
    name: `Learner ${n}`,
    email: `${id}@example.test`,
    role: "learner",
    timeZone: "Europe/Berlin",
    dayStartHour: 4,
    desiredRetention: 0.9,
    maximumInterval: 36500,
    newCardsPerDay: 20,
    ...overrides,
  };
  await db.user.create({
    data: {
      id,
      name: viewer.name,
      email: viewer.email,
      role: viewer.role,
      timeZone: viewer.timeZone,
      dayStartHour: viewer.dayStartHour,
      newCardsPerDay: viewer.newCardsPerDay,
    },
  });
  return viewer;
}

type QuestionSeed = { kind: string; prompt: string; answer: string; acceptedAnswers?: string[]; choices?: string[] };

/** A deck owned by `ownerId` with the given questions (approved, in order). */
export async function createDeck(
  ownerId: string,
  questions: QuestionSeed[],
  deck: { visibility?: string; status?: string } = {},
): Promise<{ deckId: string; questionIds: string[] }> {
  const row = await db.deck.create({
    data: { ownerId, title: `Deck ${randomUUID().slice(0, 6)}`, visibility: deck.visibility ?? "public", status: deck.status ?? "published" },
  });
  const questionIds: string[] = [];
  for (const [position, q] of questions.entries()) {
    const created = await db.question.create({
      data: {
        deckId: row.id,
        kind: q.kind,
        prompt: q.prompt,
        answer: q.answer,
        acceptedAnswers: JSON.stringify(q.acceptedAnswers ?? []),
        choices: JSON.stringify(q.choices ?? []),
        sourceSentence: `In the story, ${q.answer} was the answer.`,
        position,
      },
    });
    questionIds.push(created.id);
  }
  return { deckId: row.id, questionIds };
}

export type StudyWorld = { owner: Viewer; learner: Viewer; deck: { deckId: string; questionIds: string[] } };

/** The usual start of a study test: an instructor who owns a public deck of `questions`, and a learner. */
export async function createStudyWorld(questions: QuestionSeed[]): Promise<StudyWorld> {
  const owner = await createViewer({ role: "instructor" });
  const learner = await createViewer();
  return { owner, learner, deck: await createDeck(owner.id, questions) };
}

export function flashcards(count: number): QuestionSeed[] {
  return Array.from({ length: count }, (_, i) => ({ kind: "flashcard", prompt: `Prompt ${i}?`, answer: `Answer ${i}` }));
}

export function postJson(body: unknown): Request {
  return new Request("http://localhost/api/test", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}
