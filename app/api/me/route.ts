import { z } from "zod";
import { defineRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** Who the session cookie belongs to; 401 when anonymous (or signed out, or disabled). */
export const GET = defineRoute({ access: "signed-in", schema: z.object({}), source: "query" }, async (_input, viewer) =>
  Response.json({ id: viewer.id, role: viewer.role }, { headers: { "Cache-Control": "no-store" } }),
);
