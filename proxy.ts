import { NextResponse, type NextRequest } from "next/server";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/server-action-body-limit";

function plain(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** A path Next would fail to decode (a 500 in the page's params) is the client's mistake. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Every POST to a page is a server action. Browsers always send its length, so a body without one (chunked) or
 * over the limit is refused here, unread, with the right status: Next's own limit answers 500.
 */
function refuseActionBody(request: NextRequest): NextResponse | null {
  if (request.method !== "POST") return null;
  const length = request.headers.get("content-length");
  if (length === null) return plain(411, "Content-Length is required.");
  if (Number(length) > SERVER_ACTION_BODY_LIMIT_BYTES) return plain(413, "The request body is too large.");
  return null;
}

/**
 * Security headers only — no authorization here (pages, actions and routes check the session themselves).
 * A fresh nonce per request: Next reads it from the request's CSP header and puts it on its own <script>
 * tags; 'strict-dynamic' lets those scripts load the app's chunks and nothing else. Every page is
 * dynamically rendered already (the root layout reads the session), which nonces require.
 */
export function proxy(request: NextRequest) {
  if (malformedPath(request.nextUrl.pathname)) return plain(400, "Bad request: the address is not valid.");
  const refused = refuseActionBody(request);
  if (refused) return refused;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isDev = process.env.NODE_ENV === "development";
  const isHttps = (process.env.BETTER_AUTH_URL ?? "").startsWith("https://");
  const directives = [
    "default-src 'self'",
    // React needs eval only in development (error stacks); never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (progress bars, Radix positioning, Next's route announcer) need
    // 'unsafe-inline'; a style cannot run code, so scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  const csp = directives.join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Only over https: HSTS on a plain-http origin would be ignored, and on localhost it would pin the port's host to https.
  if (isHttps) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API responses are JSON/CSV and static assets need no policy.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
