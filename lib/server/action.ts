import "server-only";
import type { z } from "zod";
import type { RequestResult } from "@/lib/request-result";
import { getViewer, type Role, type Viewer } from "./auth/viewer";
import { handleRequest, type Access } from "./request/handle-request";

/** What every server action returns: never a thrown error or a stack trace to the browser. */
export type ActionResult<T> = RequestResult<T>;

type ActionHandler<S extends z.ZodType, T, V> = (input: z.infer<S>, viewer: V) => Promise<T>;

export type DefinedAction<T> = ((...args: unknown[]) => Promise<ActionResult<T>>) & {
  /** Same pipeline with an explicit viewer: used by the authorization matrix tests. */
  runAs: (viewer: Viewer | null, input: unknown) => Promise<ActionResult<T>>;
  access: Access;
};

function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next's own hidden fields
    if (key in out) {
      const prev = out[key];
      out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else out[key] = value;
  }
  return out;
}

/** Accepts (input), (formData) or useActionState's (prevState, formData). */
function pickInput(args: unknown[]): unknown {
  const raw = args.length >= 2 ? args[1] : args[0];
  return raw instanceof FormData ? formDataToObject(raw) : raw;
}

/**
 * Wraps a server action so validation and the session/role check cannot be forgotten.
 * Handlers receive parsed input and the viewer; authorization on the resource itself lives in the data layer.
 * Next itself checks a server action's Origin and caps its body (next.config.ts), before this runs.
 */
export function defineAction<S extends z.ZodType, T>(
  options: { schema: S; access: "public" },
  handler: ActionHandler<S, T, Viewer | null>,
): DefinedAction<T>;
export function defineAction<S extends z.ZodType, T>(
  options: { schema: S; access: "signed-in" | readonly Role[] },
  handler: ActionHandler<S, T, Viewer>,
): DefinedAction<T>;
export function defineAction<S extends z.ZodType, T>(
  options: { schema: S; access: Access },
  handler: ActionHandler<S, T, Viewer>,
): DefinedAction<T> {
  const spec = { access: options.access, schema: options.schema };
  const run = (loadViewer: () => Promise<Viewer | null>, input: unknown) =>
    handleRequest(spec, { loadViewer, readInput: () => input, handler: handler as ActionHandler<S, T, Viewer | null> });
  const action = ((...args: unknown[]) => run(getViewer, pickInput(args))) as DefinedAction<T>;
  action.runAs = (viewer, input) => run(async () => viewer, input);
  action.access = options.access;
  return action;
}
