import "server-only";
import type { z } from "zod";
import type { RequestFailure, RequestResult } from "@/lib/request-result";
import { AppError } from "../errors";
import { isUnstorableText } from "../db/is-unstorable-text";
import type { Role, Viewer } from "../auth/viewer";

/** Who may call an action or route: anyone, any signed-in viewer, or only these roles. */
export type Access = "public" | "signed-in" | readonly Role[];

export type RequestSpec<S extends z.ZodType> = { access: Access; schema: S };

export type RequestSteps<S extends z.ZodType, T> = {
  /** Refusals that come before the session is even read (the origin check). */
  guard?: () => void;
  loadViewer: () => Promise<Viewer | null>;
  /** Runs only after the access check, so an anonymous caller's body is never read. */
  readInput: () => unknown;
  handler: (input: z.infer<S>, viewer: Viewer | null) => Promise<T>;
};

function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function failure(error: unknown): RequestFailure {
  if (error instanceof AppError) {
    return { ok: false, status: error.status, error: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
  }
  if (isUnstorableText(error)) return { ok: false, status: 422, error: "The request contains text that cannot be stored." };
  console.error("[briefdeck] unexpected error", error);
  return { ok: false, status: 500, error: "Something went wrong on our side. Nothing was changed; please try again." };
}

// NUL too: PostgreSQL cannot store it, and the same input must get the same answer on either database.
const storable = (text: string) => text.isWellFormed() && !text.includes("\u0000");

function wellFormed(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return storable(value);
  if (!value || typeof value !== "object" || depth > 20) return true;
  if (value instanceof Blob) return true;
  return Object.entries(value).every(([key, item]) => storable(key) && wellFormed(item, depth + 1));
}

function checkAccess(access: Access, viewer: Viewer | null): void {
  if (access === "public") return;
  if (!viewer) throw new AppError(401, "Please sign in to continue.");
  if (access === "signed-in") return;
  // A wrong role is answered like a missing resource, so role-gated features do not reveal themselves.
  if (!access.includes(viewer.role)) throw new AppError(404, "Not found.");
}

/**
 * The one pipeline behind defineAction and defineRoute: guard, viewer, access, input, validation, handler,
 * and every failure (the viewer's own load included) mapped to one shape. Never throws.
 */
export async function handleRequest<S extends z.ZodType, T>(spec: RequestSpec<S>, steps: RequestSteps<S, T>): Promise<RequestResult<T>> {
  try {
    steps.guard?.();
    const viewer = await steps.loadViewer();
    checkAccess(spec.access, viewer);
    const raw = await steps.readInput();
    // A lone UTF-16 surrogate or a NUL cannot be stored as text; refuse it here rather than fail in the database.
    if (!wellFormed(raw)) return { ok: false, status: 422, error: "The request contains text that is not valid Unicode." };
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, status: 422, error: "Please check the highlighted fields.", fieldErrors: toFieldErrors(parsed.error) };
    }
    return { ok: true, data: await steps.handler(parsed.data, viewer) };
  } catch (error) {
    return failure(error);
  }
}
