import "server-only";
import { z } from "zod";
import { checkAccess, errorResult, toFieldErrors } from "./action";
import { getViewer, type Role, type Viewer } from "./auth/viewer";

type Access = "public" | "signed-in" | readonly Role[];

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type DefinedRoute = ((request: Request, context: RouteContext) => Promise<Response>) & {
  runAs: (viewer: Viewer | null, request: Request, context?: RouteContext) => Promise<Response>;
  access: Access;
};

/** The route-handler twin of defineAction: parses params + query/body with zod, checks session and role, maps errors to status codes. */
export function defineRoute<S extends z.ZodType>(
  options: { access: Access; schema: S; source?: "query" | "json" },
  handler: (input: z.infer<S>, viewer: Viewer, request: Request) => Promise<Response>,
): DefinedRoute {
  async function run(viewer: Viewer | null, request: Request, context?: RouteContext): Promise<Response> {
    try {
      const denied = checkAccess(options.access, viewer);
      if (denied) return Response.json({ error: denied.message }, { status: denied.status });
      const params = context ? await context.params : {};
      let body: unknown = {};
      if (options.source === "json") {
        try {
          body = await request.json();
        } catch {
          return Response.json({ error: "The request body must be JSON." }, { status: 422 });
        }
      } else {
        body = Object.fromEntries(new URL(request.url).searchParams.entries());
      }
      const parsed = options.schema.safeParse({ ...(body as object), ...params });
      if (!parsed.success) {
        return Response.json({ error: "Invalid request.", fieldErrors: toFieldErrors(parsed.error) }, { status: 422 });
      }
      return await handler(parsed.data, viewer as Viewer, request);
    } catch (error) {
      const result = errorResult(error);
      return Response.json({ error: result.error, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) }, { status: result.status });
    }
  }
  const route = (async (request: Request, context: RouteContext) => run(await getViewer(), request, context)) as DefinedRoute;
  route.runAs = run;
  route.access = options.access;
  return route;
}
