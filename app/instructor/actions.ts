"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { createDeck } from "@/lib/server/decks/create-deck";
import { updateDeck } from "@/lib/server/decks/update-deck";
import { createQuestion } from "@/lib/server/questions/create-question";
import { updateQuestion } from "@/lib/server/questions/update-question";
import { moveQuestion } from "@/lib/server/questions/move-question";
import { BULK_MAX_IDS, bulkOperationSchema } from "@/lib/server/questions/bulk-operation";
import { bulkUpdateQuestions } from "@/lib/server/questions/bulk-update-questions";
import { importQuestionsCsv } from "@/lib/server/questions/import-questions-csv";
import { questionContentSchema } from "@/lib/server/questions/question-input";
import { generateDeckFromArticle } from "@/lib/server/instructor/generate-deck-from-article";
import { createClass } from "@/lib/server/classes/create-class";
import { regenerateJoinCode } from "@/lib/server/classes/regenerate-join-code";
import { removeLearner } from "@/lib/server/classes/remove-learner";
import { assignDeck } from "@/lib/server/classes/assign-deck";
import { unassignDeck } from "@/lib/server/classes/unassign-deck";
import { endOfLocalDate } from "@/lib/srs/learner-day";

const staff = ["instructor", "admin"] as const;
// Deck and question editing is open to every signed-in user: the data layer's editableDeckWhere decides which
// decks (a learner's own private decks; an instructor's own decks), and publishing stays with staff.
const owners = "signed-in" as const;
const id = z.string().min(1).max(64);
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

function refresh(path: string) {
  try {
    revalidatePath(path);
  } catch {
    // Outside a request (tests) there is no cache to revalidate.
  }
}

export const createDeckAction = defineAction(
  { access: owners, schema: z.object({ title: z.string().trim().min(1, "Give the deck a title.").max(200), description: z.string().trim().max(2000).default("") }) },
  async (input, viewer) => createDeck(viewer, input),
);

export const updateDeckAction = defineAction(
  {
    access: owners,
    schema: z.object({
      deckId: id,
      title: z.string().trim().min(1, "Give the deck a title.").max(200).optional(),
      description: z.string().trim().max(2000).optional(),
      visibility: z.enum(["private", "class", "public"]).optional(),
      status: z.enum(["draft", "published"]).optional(),
    }),
  },
  async ({ deckId, ...settings }, viewer) => {
    const result = await updateDeck(viewer, deckId, settings);
    refresh(`/instructor/decks/${deckId}`);
    return result;
  },
);

export const generateDeckAction = defineAction(
  {
    access: owners,
    schema: z.object({
      // The 1 MB limit is enforced in the data layer with a clear message; this cap only stops absurd payloads.
      text: z.string().max(4 * 1024 * 1024, "The article is larger than 1 MB."),
      format: z.enum(["text", "markdown", "html"]).default("text"),
      mode: z.enum(["comprehensive", "confident"]).default("comprehensive"),
    }),
  },
  async (input, viewer) => generateDeckFromArticle(viewer, input),
);

export const createQuestionAction = defineAction(
  { access: owners, schema: z.object({ deckId: id, content: questionContentSchema }) },
  async ({ deckId, content }, viewer) => {
    const result = await createQuestion(viewer, deckId, content);
    refresh(`/instructor/decks/${deckId}`);
    return result;
  },
);

export const updateQuestionAction = defineAction(
  {
    access: owners,
    schema: z.object({ questionId: id, content: questionContentSchema, expectedUpdatedAt: z.iso.datetime(), resetProgress: checkbox.default(false) }),
  },
  async ({ questionId, content, expectedUpdatedAt, resetProgress }, viewer) => updateQuestion(viewer, questionId, content, { expectedUpdatedAt, resetProgress }),
);

export const moveQuestionAction = defineAction(
  { access: owners, schema: z.object({ questionId: id, direction: z.enum(["up", "down"]) }) },
  async ({ questionId, direction }, viewer) => moveQuestion(viewer, questionId, direction),
);

export const bulkQuestionsAction = defineAction(
  {
    access: owners,
    schema: z.object({
      deckId: id,
      questionIds: z.array(id).min(1, "Select at least one question.").max(BULK_MAX_IDS),
      operation: bulkOperationSchema,
    }),
  },
  async ({ deckId, questionIds, operation }, viewer) => {
    const result = await bulkUpdateQuestions(viewer, deckId, questionIds, operation);
    refresh(`/instructor/decks/${deckId}`);
    return result;
  },
);

export const importCsvAction = defineAction(
  { access: owners, schema: z.object({ deckId: id, csv: z.string().max(2 * 1024 * 1024, "The CSV file is larger than 2 MB.") }) },
  async ({ deckId, csv }, viewer) => {
    const result = await importQuestionsCsv(viewer, deckId, csv);
    if (result.ok) refresh(`/instructor/decks/${deckId}`);
    return result;
  },
);

export const createClassAction = defineAction(
  { access: staff, schema: z.object({ name: z.string().trim().min(1, "Give the class a name.").max(120) }) },
  async (input, viewer) => createClass(viewer, input),
);

export const regenerateJoinCodeAction = defineAction(
  { access: staff, schema: z.object({ classId: id }) },
  async ({ classId }, viewer) => {
    const result = await regenerateJoinCode(viewer, classId);
    refresh(`/instructor/classes/${classId}`);
    return result;
  },
);

export const removeLearnerAction = defineAction(
  { access: staff, schema: z.object({ classId: id, userId: id }) },
  async ({ classId, userId }, viewer) => {
    const result = await removeLearner(viewer, classId, userId);
    refresh(`/instructor/classes/${classId}`);
    return result;
  },
);

export const assignDeckAction = defineAction(
  {
    access: staff,
    schema: z.object({
      classId: id,
      deckId: id,
      // <input type="date"> gives YYYY-MM-DD (empty = no due date); due at the end of that day where the instructor lives.
      dueAt: z.union([z.literal(""), z.iso.date()]).optional(),
    }),
  },
  async ({ classId, deckId, dueAt }, viewer) => {
    const result = await assignDeck(viewer, classId, deckId, dueAt ? endOfLocalDate(dueAt, viewer.timeZone) : null);
    refresh(`/instructor/classes/${classId}`);
    return result;
  },
);

export const unassignDeckAction = defineAction(
  { access: staff, schema: z.object({ classId: id, assignmentId: id }) },
  async ({ classId, assignmentId }, viewer) => {
    const result = await unassignDeck(viewer, classId, assignmentId);
    refresh(`/instructor/classes/${classId}`);
    return result;
  },
);
