import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { loadRequestViewer } from "./load-request-viewer";
import type { Role, Viewer } from "./load-viewer";

export { loadViewerByUserId, type Role, type Viewer } from "./load-viewer";

/** The session cookie checked against the database (no cookie cache), once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => loadRequestViewer(await headers()));

/** For pages: anonymous visitors go to sign-in; a wrong role gets "not found" (no hint the page exists). */
export async function requireViewer(allowed?: readonly Role[], returnTo?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in${returnTo ? `?next=${encodeURIComponent(returnTo)}` : ""}`);
  if (allowed && !allowed.includes(viewer.role)) notFound();
  return viewer;
}
