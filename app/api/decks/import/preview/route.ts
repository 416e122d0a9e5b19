import { defineRoute } from "@/lib/server/route";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { readUpload, uploadQuerySchema } from "@/lib/server/interop/read-upload";

const PREVIEW_ROWS = 5;

/** Parses an upload and shows what an import would make, writing nothing. */
export const POST = defineRoute({ access: "signed-in", schema: uploadQuerySchema, source: "query" }, async (query, viewer, request) => {
  await consumeRateLimit(`interop-preview:${viewer.id}`, { points: 120, windowSec: 3600 });
  const parsed = await readUpload(request, query);
  const separators = "separators" in parsed ? parsed.separators : null;
  return Response.json(
    {
      format: parsed.format,
      title: parsed.title,
      separators,
      questions: parsed.items.length,
      preview: parsed.items.slice(0, PREVIEW_ROWS).map((i) => ({ kind: i.kind, prompt: i.prompt, answer: i.answer })),
      skipped: parsed.skipped.slice(0, 50),
      skippedCount: parsed.skipped.length,
    },
    { headers: { "cache-control": "no-store" } },
  );
});
