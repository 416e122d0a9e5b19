import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { exportDeckCsv } from "@/lib/server/questions/export-deck-csv";

function fileName(title: string): string {
  return `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "deck"}.csv`;
}

export const GET = defineRoute({ access: "signed-in", schema: z.object({ deckId: z.string().min(1).max(64) }), source: "query" }, async ({ deckId }, viewer) => {
  const { title, csv } = await exportDeckCsv(viewer, deckId);
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName(title)}"`, "cache-control": "no-store" },
  });
});
