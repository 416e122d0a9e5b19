import { z } from "zod";
import { defineRoute, type DefinedRoute } from "@/lib/server/route";
import { benchRouteNotFound, benchRoutesEnabled } from "../bench-routes-enabled";

/** The bench's signed-in ceiling for POST /api/reviews: the same wrapper, session check and JSON parsing, no work. */
const noop = defineRoute(
  { access: "signed-in", source: "json", schema: z.object({}).passthrough() },
  async () => Response.json({ ok: true }),
);

// The flag is checked before the wrapper, so a normal server answers 404 without even reading the session.
export const POST = Object.assign(
  async (...args: Parameters<DefinedRoute>) => (benchRoutesEnabled() ? noop(...args) : benchRouteNotFound()),
  {
    runAs: async (...args: Parameters<DefinedRoute["runAs"]>) => (benchRoutesEnabled() ? noop.runAs(...args) : benchRouteNotFound()),
    access: noop.access,
  },
) satisfies DefinedRoute;
