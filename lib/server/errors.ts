/** Errors the data layer throws on purpose; the action/route wrapper maps them to HTTP-style results. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;

export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthorized = (message = "Please sign in to continue.") => new AppError(401, message);
export const forbidden = (message = "You do not have access to this.") => new AppError(403, message);
// Used for anything the viewer may not see: a stranger's resource is indistinguishable from a missing one.
export const notFound = (what = "That item") => new AppError(404, `${what} was not found.`);
export const conflict = (message: string) => new AppError(409, message);
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) => new AppError(422, message, fieldErrors);
export const tooManyRequests = (message = "Too many attempts. Please wait a minute and try again.") =>
  new AppError(429, message);
