import "server-only";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { invalid } from "@/lib/server/errors";
import { questionContentSchema, toQuestionData } from "@/lib/server/questions/question-input";
import type { ImportParseResult, SkippedItem } from "@/lib/interop/imported-item";

export type ImportDeckResult = { deckId: string; questions: number; skipped: SkippedItem[] };

const MAX_TAGS = 12;
const MAX_TAG_LENGTH = 40;
const MAX_QUESTIONS = 20_000;
const INSERT_BATCH = 500;
const FIELD_LABEL: Record<string, string> = { prompt: "front", answer: "back", sourceSentence: "source", tags: "tags", choices: "choices" };

/**
 * Creates a private deck owned by the viewer holding every importable question, all in one transaction
 * (nothing is written when anything fails). Questions that break Briefdeck's own rules (lengths, choices)
 * are left out and listed in `skipped` with the reason, next to what the reader skipped.
 */
export async function importDeck(viewer: Viewer, parsed: ImportParseResult, options: { title?: string } = {}): Promise<ImportDeckResult> {
  const skipped: SkippedItem[] = [...parsed.skipped];
  const rows: ReturnType<typeof toQuestionData>[] = [];
  for (const item of parsed.items) {
    // Anki tags are free-form ("geo::europe", long names): keep the ones Briefdeck can hold rather than drop the card.
    const tags = item.tags.map((t) => t.trim()).filter((t) => t.length > 0 && t.length <= MAX_TAG_LENGTH).slice(0, MAX_TAGS);
    const result = questionContentSchema.safeParse({
      kind: item.kind,
      prompt: item.prompt,
      answer: item.answer,
      choices: item.choices ?? [],
      tags,
      sourceSentence: item.sourceSentence.slice(0, 2000),
    });
    if (!result.success) {
      const reason = result.error.issues.map((i) => `${FIELD_LABEL[String(i.path[0])] ?? "question"}: ${i.message}`).join(" ");
      skipped.push({ item: item.origin, reason });
      continue;
    }
    rows.push(toQuestionData(result.data));
  }
  if (rows.length === 0) throw invalid("Nothing to import: no row or note made a question Briefdeck can show.");
  if (rows.length > MAX_QUESTIONS) throw invalid(`The file makes ${rows.length} questions; at most ${MAX_QUESTIONS.toLocaleString("en")} per deck.`);
  const title = (options.title?.trim() || parsed.title.trim() || "Imported deck").slice(0, 200);
  const source = parsed.format === "text" ? "a text file" : `an Anki package (${parsed.format})`;
  const deck = await db.$transaction(
    async (tx) => {
      const created = await tx.deck.create({
        // Published but private: the owner studies it at once, nobody else sees it (deck-access.ts).
        data: { ownerId: viewer.id, title, description: `Imported from ${source}.`, status: "published", visibility: "private" },
        select: { id: true },
      });
      // Batches keep each statement (and the driver's parameter buffers) small; the transaction still spans them all.
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        const batch = rows.slice(start, start + INSERT_BATCH);
        await tx.question.createMany({ data: batch.map((row, i) => ({ ...row, deckId: created.id, family: "import", status: "approved", position: start + i })) });
      }
      return created;
    },
    { timeout: 60_000 },
  );
  return { deckId: deck.id, questions: rows.length, skipped };
}
