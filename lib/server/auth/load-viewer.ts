import "server-only";
import { db } from "@/lib/server/db/client";
import { toViewer } from "./to-viewer";

// Kept apart from viewer.ts (which needs next/headers) so scripts and benchmarks can load a viewer.
export type Role = "learner" | "instructor" | "admin";

/** The signed-in person, as every data-layer function receives them. Plain data only. */
export type Viewer = {
  id: string;
  name: string;
  email: string;
  role: Role;
  timeZone: string;
  dayStartHour: number;
  desiredRetention: number;
  maximumInterval: number;
  newCardsPerDay: number;
  /** The learner's own FSRS weights (validated); null or absent = the defaults (optional so hand-built viewers stay valid). */
  fsrsParameters?: number[] | null;
};

export async function loadViewerByUserId(userId: string): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.disabled) return null;
  return toViewer(user);
}
