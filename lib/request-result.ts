/**
 * The one result shape of every server action and route handler, shared by server and browser.
 * Actions return it as is; a route handler's refusal is this failure as its JSON body (its success body is the
 * data itself), so the browser reads both kinds of call the same way.
 */
export type RequestFailure = { ok: false; status: number; error: string; fieldErrors?: Record<string, string[]> };
export type RequestResult<T> = { ok: true; data: T } | RequestFailure;

/** Reads a route handler's refusal; anything else (a proxy's HTML page, an empty body) gets a generic message. */
export function readFailure(status: number, payload: unknown): RequestFailure {
  const body = payload && typeof payload === "object" ? (payload as Record<string, unknown>) : {};
  const error = typeof body.error === "string" ? body.error : `Request failed (${status}).`;
  const fieldErrors = body.fieldErrors && typeof body.fieldErrors === "object" ? (body.fieldErrors as Record<string, string[]>) : undefined;
  return { ok: false, status, error, ...(fieldErrors ? { fieldErrors } : {}) };
}
