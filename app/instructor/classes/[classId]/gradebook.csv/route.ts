import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { classGradebookCsv } from "@/lib/server/classes/class-gradebook-csv";

export const GET = defineRoute({ access: ["instructor", "admin"], schema: z.object({ classId: z.string().min(1).max(64) }), source: "query" }, async ({ classId }, viewer) => {
  const { className, csv } = await classGradebookCsv(viewer, classId);
  const name = className.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "class";
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}-gradebook.csv"`, "cache-control": "no-store" },
  });
});
