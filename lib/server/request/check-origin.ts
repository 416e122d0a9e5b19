import "server-only";
import { forbidden } from "../errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function appHosts(request: Request): Set<string> {
  const hosts = new Set<string>([new URL(request.url).host]);
  const host = request.headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  // Behind a proxy the browser's host arrives here; a cross-site page cannot set this header without a CORS preflight.
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) hosts.add(forwarded.toLowerCase());
  const configured = process.env.BETTER_AUTH_URL;
  if (configured) {
    try {
      hosts.add(new URL(configured).host);
    } catch {
      // An unparsable BETTER_AUTH_URL is Better Auth's start-up error, not ours.
    }
  }
  return hosts;
}

/**
 * CSRF defence for state-changing route handlers, the same rule Next applies to server actions: a browser
 * always sends Origin on a POST, so a foreign one (another site, or another port of this host, which SameSite
 * treats as the same site) is refused. A request without Origin cannot come from a browser page (Sec-Fetch-Site,
 * when present, must then say same-origin or none), so it carries no victim's cookie: curl, the bench and
 * scripts stay allowed.
 */
export function checkOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const origin = request.headers.get("origin");
  if (origin === null) {
    const site = request.headers.get("sec-fetch-site");
    if (site && site !== "same-origin" && site !== "none") throw forbidden("Cross-origin requests are not allowed.");
    return;
  }
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw forbidden("Cross-origin requests are not allowed."); // includes the opaque origin "null"
  }
  if (!appHosts(request).has(host)) throw forbidden("Cross-origin requests are not allowed.");
}
