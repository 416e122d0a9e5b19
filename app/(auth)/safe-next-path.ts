/**
 * Where to go after signing in: only same-site relative paths ("/decks/x?y"), never "//evil.com",
 * "/\evil.com" or "https://…" (open-redirect protection). Anything else falls back to "/".
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || next.length > 512) return "/";
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  try {
    const url = new URL(next, "http://briefdeck.invalid");
    if (url.origin !== "http://briefdeck.invalid") return "/";
    if (url.pathname.startsWith("/sign-in") || url.pathname.startsWith("/sign-up")) return "/";
    return url.pathname + url.search + url.hash;
  } catch {
    return "/";
  }
}
