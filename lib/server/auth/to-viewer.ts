import "server-only";
import { parseStoredFsrsParameters } from "@/lib/srs/fsrs-parameters";
import type { Role, Viewer } from "./load-viewer";

const roles: readonly Role[] = ["learner", "instructor", "admin"];

/** The user columns a Viewer is made of, as Prisma or a raw row returns them (an unknown role reads as learner). */
export type ViewerRow = Omit<Viewer, "role" | "dayStartHour" | "desiredRetention" | "maximumInterval" | "newCardsPerDay" | "fsrsParameters"> & {
  role: string;
  dayStartHour: number | bigint;
  desiredRetention: number;
  maximumInterval: number | bigint;
  newCardsPerDay: number | bigint;
  fsrsParameters: string | null;
};

export function toViewer(user: ViewerRow): Viewer {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: roles.includes(user.role as Role) ? (user.role as Role) : "learner",
    timeZone: user.timeZone,
    dayStartHour: Number(user.dayStartHour),
    desiredRetention: Number(user.desiredRetention),
    maximumInterval: Number(user.maximumInterval),
    newCardsPerDay: Number(user.newCardsPerDay),
    fsrsParameters: parseStoredFsrsParameters(user.fsrsParameters),
  };
}
