import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { EXPORT_FORMATS, exportDeck } from "@/lib/server/interop/export-deck";

/** Downloads one of the caller's own decks as .apkg (Anki), .tsv (Quizlet) or .csv (Briefdeck). */
export const GET = defineRoute(
  { access: "signed-in", schema: z.object({ deckId: z.string().min(1).max(64), format: z.enum(EXPORT_FORMATS) }), source: "query" },
  async ({ deckId, format }, viewer) => {
    const file = await exportDeck(viewer, deckId, format);
    return new Response(new Uint8Array(file.body), {
      headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.fileName}"`, "cache-control": "no-store" },
    });
  },
);
