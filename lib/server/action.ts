import "server-only";
import { z } from "zod";
import { AppError } from "./errors";
import { isUnstorableText } from "./db/is-unstorable-text";
import { getViewer, type Role, type Viewer } from "./auth/viewer";

/** What every server action returns: never a thrown error or a stack trace to the browser. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; error: string; fieldErrors?: Record<string, string[]> };

type Access = "public" | "signed-in" | readonly Role[];

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
    const v = typeof value === "string" ? value : value;
    if (key in out) {
      const prev = out[key];
      out[key] = Array.isArray(prev) ? [...prev, v] : [prev, v];
    } else out[key] = v;
  }
  return out;
}

/** Accepts (input), (formData) or useActionState's (prevState, formData). */
function pickInput(args: unknown[]): unknown {
  const raw = args.length >= 2 ? args[1] : args[0];
  return raw instanceof FormData ? formDataToObject(raw) : raw;
}

export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function errorResult(error: unknown): { ok: false; status: number; error: string; fieldErrors?: Record<string, string[]> } {
  if (error instanceof AppError) {
    return { ok: false, status: error.status, error: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
  }
  if (isUnstorableText(error)) return { ok: false, status: 422, error: "That text contains a character that cannot be stored (NUL)." };
  console.error("[briefdeck] unexpected error", error);
  return { ok: false, status: 500, error: "Something went wrong on our side. Nothing was changed; please try again." };
}

export function checkAccess(access: Access, viewer: Viewer | null): AppError | null {
  if (access === "public") return null;
  if (!viewer) return new AppError(401, "Please sign in to continue.");
  if (access === "signed-in") return null;
  // A wrong role is answered like a missing resource, so role-gated features do not reveal themselves.
  return access.includes(viewer.role) ? null : new AppError(404, "Not found.");
}

async function run<S extends z.ZodType, T>(
  access: Access,
  schema: S,
  handler: ActionHandler<S, T, Viewer | null>,
  viewer: Viewer | null,
  rawInput: unknown,
): Promise<ActionResult<T>> {
  try {
    const denied = checkAccess(access, viewer);
    if (denied) return errorResult(denied);
    const parsed = schema.safeParse(rawInput);
    if (!parsed.success) {
      return { ok: false, status: 422, error: "Please check the highlighted fields.", fieldErrors: toFieldErrors(parsed.error) };
    }
    return { ok: true, data: await handler(parsed.data, viewer) };
  } catch (error) {
    return errorResult(error);
  }
}

/**
 * Wraps a server action so validation and the session/role check cannot be forgotten.
 * Handlers receive parsed input and the viewer; authorization on the resource itself lives in the data layer.
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
  const h = handler as ActionHandler<S, T, Viewer | null>;
  const action = (async (...args: unknown[]) => {
    let viewer: Viewer | null;
    try {
      viewer = await getViewer();
    } catch (error) {
      return errorResult(error);
    }
    return run(options.access, options.schema, h, viewer, pickInput(args));
  }) as DefinedAction<T>;
  action.runAs = (viewer, input) => run(options.access, options.schema, h, viewer, input);
  action.access = options.access;
  return action;
}
