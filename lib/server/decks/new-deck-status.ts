import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";

/**
 * The status a deck starts with. An instructor's new deck is a draft until they publish it to learners. A learner's
 * deck is private for good (they cannot publish), so it starts "published": their own study lists and catalogue
 * show it at once, exactly like a deck they imported, and nobody else can see it (deck-access.ts).
 */
export function newDeckStatus(viewer: Pick<Viewer, "role">): "draft" | "published" {
  return viewer.role === "instructor" || viewer.role === "admin" ? "draft" : "published";
}
