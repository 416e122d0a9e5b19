import "server-only";
import type { z } from "zod";
import { getViewer, type Viewer } from "./auth/viewer";
import { invalid } from "./errors";
import { checkOrigin } from "./request/check-origin";
import { handleRequest, type Access } from "./request/handle-request";
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from "./request/read-json-body";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type DefinedRoute = ((request: Request, context: RouteContext) => Promise<Response>) & {
  runAs: (viewer: Viewer | null, request: Request, context?: RouteContext) => Promise<Response>;
  access: Access;
};

type RouteOptions<S extends z.ZodType> = {
  access: Access;
  schema: S;
  source?: "query" | "json";
  /** Largest JSON body accepted (413 beyond it, before the body is read whole). */
  maxBodyBytes?: number;
};

/**
 * The route-handler twin of defineAction, on the same pipeline (handleRequest): origin check for state-changing
 * methods, session and role, params + query or a size-capped JSON body parsed with zod. A refusal's body is the
 * action's failure shape ({ ok: false, status, error, fieldErrors? }); a success is the handler's own Response.
 */
export function defineRoute<S extends z.ZodType>(
  options: RouteOptions<S>,
  handler: (input: z.infer<S>, viewer: Viewer, request: Request) => Promise<Response>,
): DefinedRoute {
  const spec = { access: options.access, schema: options.schema };
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  async function readInput(request: Request, context?: RouteContext): Promise<unknown> {
    const params = context ? await context.params : {};
    const body = options.source === "json" ? await readJsonBody(request, limit) : Object.fromEntries(new URL(request.url).searchParams.entries());
    if (!body || typeof body !== "object" || Array.isArray(body)) throw invalid("The request body must be a JSON object.");
    return { ...body, ...params };
  }

  async function run(loadViewer: () => Promise<Viewer | null>, request: Request, context?: RouteContext): Promise<Response> {
    const result = await handleRequest(spec, {
      guard: () => checkOrigin(request),
      loadViewer,
      readInput: () => readInput(request, context),
      handler: (input, viewer) => handler(input, viewer as Viewer, request),
    });
    return result.ok ? result.data : Response.json(result, { status: result.status });
  }

  const route = ((request: Request, context: RouteContext) => run(getViewer, request, context)) as DefinedRoute;
  route.runAs = (viewer, request, context) => run(async () => viewer, request, context);
  route.access = options.access;
  return route;
}
