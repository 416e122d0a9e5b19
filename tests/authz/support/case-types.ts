import type { Actor, World } from "./world";

/** One row of the matrix for a server action: the same input tried by all six actors. */
export type ActionCase = {
  /** "<file>#<export>", e.g. "app/account/actions.ts#updateProfileAction". */
  action: string;
  /** What the row checks, e.g. "instructorA's draft deck". */
  label: string;
  /**
   * Valid input (so a refusal can only come from authorization, not validation). Gets the actor for
   * the rare input that differs per caller (e.g. the card version each one would see); may be async.
   */
  input: (w: World, actor: Actor) => unknown;
  /** Runs on the fresh world before every cell of this row (e.g. create the review an undo needs). */
  setup?: (w: World) => Promise<void>;
  /** Who must succeed ({ ok: true }); everyone else must get 401/403/404 and change no row. */
  allow: readonly Actor[];
};

/** `body` is sent as is (an uploaded file); otherwise `json` is sent as JSON. */
export type RouteRequest = { query?: Record<string, string>; json?: unknown; body?: string; params?: Record<string, string> };

/** One row for a route handler. */
export type RouteCase = {
  /** "<file>#<METHOD>", e.g. "app/api/me/route.ts#GET". */
  route: string;
  label: string;
  request: (w: World, actor: Actor) => RouteRequest | Promise<RouteRequest>;
  setup?: (w: World) => Promise<void>;
  /** Who must get a 2xx; everyone else 401/403/404 and no changed row. */
  allow: readonly Actor[];
};

export type AuthzCase = ActionCase | RouteCase;

/** Shorthands for `allow`. */
export const nobody: readonly Actor[] = [];
export const signedIn: readonly Actor[] = ["learnerA", "learnerB", "instructorA", "instructorB", "admin"];
export const everyone: readonly Actor[] = ["anonymous", ...signedIn];
export const staff: readonly Actor[] = ["instructorA", "instructorB", "admin"];
