import { readFailure, type RequestResult } from "@/lib/request-result";

/**
 * fetch + JSON, answered in the same RequestResult shape a server action returns (a route's refusal body already
 * is that failure), so study answers (route) and quiz answers (action) are handled alike. Never throws.
 */
export async function requestJson<T>(url: string, init?: { method?: "GET" | "POST"; body?: unknown }): Promise<RequestResult<T>> {
  try {
    const res = await fetch(url, {
      method: init?.method ?? "GET",
      headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    });
    const payload = (await res.json().catch(() => null)) as unknown;
    return res.ok ? { ok: true, data: payload as T } : readFailure(res.status, payload);
  } catch {
    return { ok: false, status: 0, error: "Could not reach the server. Your answer is kept; try again." };
  }
}

export function newIdempotencyKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
