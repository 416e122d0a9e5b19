import { defineRoute } from "@/lib/server/route";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { importDeck } from "@/lib/server/interop/import-deck";
import { readUpload, uploadQuerySchema } from "@/lib/server/interop/read-upload";

/** Creates a private deck owned by the caller from an uploaded .apkg or text file (the body). */
export const POST = defineRoute({ access: "signed-in", schema: uploadQuerySchema, source: "query" }, async (query, viewer, request) => {
  await consumeRateLimit(`interop-import:${viewer.id}`, { points: 30, windowSec: 3600 });
  const parsed = await readUpload(request, query);
  const result = await importDeck(viewer, parsed, { title: query.title || undefined });
  return Response.json({ ...result, skipped: result.skipped.slice(0, 200), skippedCount: result.skipped.length }, { status: 201 });
});
