import "server-only";
import { auth } from "./auth";
import { loadSessionViewer } from "./load-session-viewer";
import { loadViewerByUserId, type Viewer } from "./load-viewer";
import { verifiedSessionToken } from "./verified-session-token";

/**
 * The signed-in viewer of a request: the cookie's signature (Better Auth's helper), then the session and
 * its user in one query. Only an expired session, or one due for its expiry refresh, goes through Better
 * Auth's full getSession, which owns those writes (so a refresh writes once per updateAge, not per request).
 */
export async function loadRequestViewer(requestHeaders: Headers): Promise<Viewer | null> {
  const token = await verifiedSessionToken(requestHeaders);
  if (!token) return null;
  const { sessionConfig } = await auth.$context;
  const found = await loadSessionViewer(token, sessionConfig);
  if (found.kind === "viewer") return found.viewer;
  if (found.kind === "none") return null;
  const session = await auth.api.getSession({ headers: requestHeaders });
  return session ? loadViewerByUserId(session.user.id) : null;
}
