import { benchRouteNotFound, benchRoutesEnabled } from "../bench-routes-enabled";

/**
 * The bench's ceiling for a POST on this server: read a JSON body, answer JSON, nothing else (no session,
 * no database, no wrapper). Deliberately outside defineRoute, which would load the viewer first.
 */
export async function POST(request: Request): Promise<Response> {
  if (!benchRoutesEnabled()) return benchRouteNotFound();
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "The request body must be JSON." }, { status: 422 });
  }
  return Response.json({ ok: typeof body === "object" && body !== null });
}
