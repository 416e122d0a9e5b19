import type { DefinedAction } from "@/lib/server/action";
import type { DefinedRoute } from "@/lib/server/route";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { RouteRequest } from "./case-types";
import type { World } from "./world";
import { importModule } from "./discover";

export type CallOutcome = { ok: boolean; status: number; error?: string };

export function splitRef(ref: string): { file: string; name: string } {
  const i = ref.lastIndexOf("#");
  return { file: ref.slice(0, i), name: ref.slice(i + 1) };
}

export async function callAction(ref: string, viewer: Viewer | null, input: unknown): Promise<CallOutcome> {
  const { file, name } = splitRef(ref);
  const action = (await importModule(file))[name] as DefinedAction<unknown> | undefined;
  if (typeof action?.runAs !== "function") throw new Error(`${ref} is not a defineAction(...) export`);
  const result = await action.runAs(viewer, input);
  return result.ok ? { ok: true, status: 200 } : { ok: false, status: result.status, error: result.error };
}

export async function callRoute(ref: string, viewer: Viewer | null, req: RouteRequest): Promise<CallOutcome> {
  const { file, name: method } = splitRef(ref);
  const route = (await importModule(file))[method] as DefinedRoute | undefined;
  if (typeof route?.runAs !== "function") throw new Error(`${ref} is not a defineRoute(...) export`);
  const url = new URL("http://localhost/authz");
  for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
  const hasBody = (req.json !== undefined || req.body !== undefined) && method !== "GET" && method !== "HEAD";
  const request = new Request(url, {
    method,
    ...(hasBody
      ? req.body !== undefined
        ? { body: req.body, headers: { "content-type": "application/octet-stream" } }
        : { body: JSON.stringify(req.json), headers: { "content-type": "application/json" } }
      : {}),
  });
  const response = await route.runAs(viewer, request, { params: Promise.resolve(req.params ?? {}) });
  let error: string | undefined;
  if (response.status >= 400) error = ((await response.clone().json().catch(() => ({}))) as { error?: string }).error;
  return { ok: response.status >= 200 && response.status < 300, status: response.status, error };
}

export type { World };
