/** fetch + JSON with the server's { error } message surfaced; never throws. */
export async function requestJson<T>(
  url: string,
  init?: { method?: "GET" | "POST"; body?: unknown },
): Promise<{ ok: true; data: T } | { ok: false; status: number; error: string }> {
  try {
    const res = await fetch(url, {
      method: init?.method ?? "GET",
      headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    });
    const payload = (await res.json().catch(() => null)) as unknown;
    if (res.ok) return { ok: true, data: payload as T };
    const error = payload && typeof payload === "object" && "error" in payload ? String((payload as { error: unknown }).error) : `Request failed (${res.status}).`;
    return { ok: false, status: res.status, error };
  } catch {
    return { ok: false, status: 0, error: "Could not reach the server. Your answer is kept; try again." };
  }
}

export function newIdempotencyKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
