import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ingestArticle, splitSentences, type IngestedArticle } from "@/lib/content/ingest-article";
import { generateDeck, generateQuestions, type GenerationMode } from "@/lib/generate";
import type { Db } from "@/lib/server/db/client";
import { generatedQuestionRows } from "@/lib/server/questions/generated-question-rows";

export { SYSTEM_USER_ID } from "./system-user";
import { SYSTEM_USER_ID } from "./system-user";
export const COMBINED_DECK_SLUG = "north-korea-outreach-2012-2016";
/** Published decks go to learners as they are, unreviewed: only the questions the one-way pipeline can write
 * short and self-contained (fewer, accepted far more often in the blind reads, docs/generator-quality.md). */
export const SEED_MODE = "confident" satisfies GenerationMode;

export function readSeedArticles(dir = path.resolve("content/articles")): { file: string; article: IngestedArticle }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, article: ingestArticle(readFileSync(path.join(dir, file), "utf8")) }));
}

function slugFor(file: string): string {
  return `seed-${path.basename(file, ".txt")}`;
}

/** The article's standfirst when it has one, else its opening sentence (trimmed to a card-sized teaser). */
function describeArticle(article: IngestedArticle): string {
  const lead = article.summary ?? splitSentences(article.body)[0]?.text ?? "";
  return lead.length > 220 ? `${lead.slice(0, 217).replace(/\s+\S*$/, "")}…` : lead;
}

function toDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00.000Z`) : null;
}

/**
 * Seeds the shipped articles as published public decks (one per article plus a combined one).
 * Idempotent: articles are keyed by content hash and decks by slug, so a second run changes nothing. A database
 * seeded by an earlier release keeps the decks it has (learners' cards and reviews point at their questions); only
 * a fresh database gets the ones written by SEED_MODE.
 */
export async function seedArticles(db: Db): Promise<{ createdDecks: number }> {
  await db.user.upsert({
    where: { id: SYSTEM_USER_ID },
    update: {},
    create: { id: SYSTEM_USER_ID, name: "Briefdeck Editors", email: "editors@briefdeck.invalid", role: "instructor" },
  });

  const seeds = readSeedArticles();
  let createdDecks = 0;
  const articleIds: string[] = [];

  for (const { file, article } of seeds) {
    const row = await db.article.upsert({
      where: { contentHash: article.contentHash },
      update: {},
      create: {
        title: article.title,
        author: article.author,
        publishedAt: toDate(article.published),
        source: article.source,
        body: article.body,
        contentHash: article.contentHash,
      },
    });
    articleIds.push(row.id);
    const slug = slugFor(file);
    if (await db.deck.findUnique({ where: { slug } })) continue;
    const questions = generateQuestions(article, { mode: SEED_MODE });
    await db.$transaction(async (tx) => {
      const deck = await tx.deck.create({
        data: {
          slug,
          ownerId: SYSTEM_USER_ID,
          title: article.title,
          description: describeArticle(article),
          visibility: "public",
          status: "published",
          articles: { create: { articleId: row.id, position: 0 } },
        },
      });
      await tx.question.createMany({ data: generatedQuestionRows(deck.id, row.id, questions, "approved") });
    });
    createdDecks++;
  }

  if (!(await db.deck.findUnique({ where: { slug: COMBINED_DECK_SLUG } }))) {
    const combined = generateDeck(seeds.map((s) => s.article), SEED_MODE);
    await db.$transaction(async (tx) => {
      const deck = await tx.deck.create({
        data: {
          slug: COMBINED_DECK_SLUG,
          ownerId: SYSTEM_USER_ID,
          title: "North Korea's outreach, 2012–2016",
          description: "All five articles in one deck: visits, sanctions, trade and aid across Southeast Asia, China, Russia and Japan.",
          visibility: "public",
          status: "published",
          articles: { create: articleIds.map((articleId, position) => ({ articleId, position })) },
        },
      });
      const rows = combined.questions.flatMap((q, position) => {
        const articleId = articleIds[q.articleIndex] ?? null;
        return generatedQuestionRows(deck.id, articleId, [q], "approved").map((r) => ({ ...r, position }));
      });
      await tx.question.createMany({ data: rows });
    });
    createdDecks++;
  }
  return { createdDecks };
}
