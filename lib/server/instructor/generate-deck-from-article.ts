import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { invalid } from "@/lib/server/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { SourceFormat } from "@/lib/content/ingest-source";
import type { GenerationMode } from "@/lib/generate";
import { generatedQuestionRows } from "@/lib/server/questions/generated-question-rows";
import { newDeckStatus } from "@/lib/server/decks/new-deck-status";
import { runGenerationWorker } from "./run-generation-worker";

export const MAX_ARTICLE_BYTES = 1024 * 1024;
export const GENERATION_LIMIT = { points: 20, windowSec: 3600 } as const;

export type ArticleSourceFormat = SourceFormat;

/**
 * Pasted or uploaded article → Article (deduplicated by content hash) → a private deck whose generated
 * questions are all drafts for its owner to review. Any signed-in user may generate (a learner's deck stays
 * private to them; see newDeckStatus). Rate-limited per user, same limit for every role: the point is taken
 * before any parsing, and parsing plus generation run in a time-limited worker thread.
 */
export async function generateDeckFromArticle(
  viewer: Viewer,
  input: { text: string; format: ArticleSourceFormat; mode?: GenerationMode },
): Promise<{ deckId: string; questionCount: number }> {
  if (Buffer.byteLength(input.text, "utf8") > MAX_ARTICLE_BYTES) {
    throw invalid("The article is larger than 1 MB. Paste only the article text.", { text: ["The article is larger than 1 MB."] });
  }
  if (!input.text.trim()) throw invalid("The article is empty. Paste its text or choose a .txt, .md or .html file.", { text: ["The article is empty."] });
  await consumeRateLimit(`generate:${viewer.id}`, {
    ...GENERATION_LIMIT,
    message: "You have generated 20 decks in the last hour. Please wait a while before generating more.",
  });

  const { article, questions } = await runGenerationWorker({ text: input.text, format: input.format, mode: input.mode });
  if (!article.body.trim()) throw invalid("No article text was found in that input.", { text: ["No article text was found."] });
  // An empty deck is no use to anyone; in the confident mode it means every candidate was dropped as unsure.
  if (questions.length === 0 && input.mode === "confident") {
    throw invalid("No question about this article passed the confident checks, so no deck was made. Choose “Many drafts to review” instead.", {
      mode: ["No confident questions for this article."],
    });
  }

  return db.$transaction(async (tx) => {
    const row = await tx.article.upsert({
      where: { contentHash: article.contentHash },
      update: {},
      create: {
        title: article.title || "Untitled article",
        author: article.author,
        publishedAt: article.published ? new Date(`${article.published}T00:00:00.000Z`) : null,
        source: article.source,
        body: article.body,
        contentHash: article.contentHash,
        createdById: viewer.id,
      },
    });
    const deck = await tx.deck.create({
      data: {
        ownerId: viewer.id,
        title: (article.title || "Untitled article").slice(0, 200),
        description: [article.author ? `By ${article.author}` : null, article.source, article.published?.slice(0, 4)].filter(Boolean).join(" · "),
        status: newDeckStatus(viewer),
        visibility: "private",
        articles: { create: { articleId: row.id, position: 0 } },
      },
    });
    await tx.question.createMany({
      data: generatedQuestionRows(deck.id, row.id, questions, "draft"),
    });
    return { deckId: deck.id, questionCount: questions.length };
  });
}
