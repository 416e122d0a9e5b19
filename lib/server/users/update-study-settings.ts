import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import type { StudySettings } from "./study-settings";

/** The viewer's own scheduler settings (ranges are validated at the action boundary). */
export async function updateStudySettings(viewer: Viewer, input: StudySettings): Promise<StudySettings> {
  return db.user.update({
    where: { id: viewer.id },
    data: input,
    select: { desiredRetention: true, newCardsPerDay: true, maximumInterval: true, timeZone: true, dayStartHour: true },
  });
}
