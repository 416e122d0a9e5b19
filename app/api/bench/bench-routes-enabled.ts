/**
 * The bench's reference routes (/api/bench/bare, /api/bench/noop) answer only when the server was started for
 * the bench (`BRIEFDECK_BENCH_ROUTES=1`, set by bench/support/server.ts); anywhere else they are a plain 404.
 * Read per request, not at import, so a build made once serves both kinds of start.
 */
export function benchRoutesEnabled(): boolean {
  return process.env.BRIEFDECK_BENCH_ROUTES === "1";
}

export function benchRouteNotFound(): Response {
  return Response.json({ error: "Not found." }, { status: 404 });
}
