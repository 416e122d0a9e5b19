import { db } from "@/lib/server/db/client";
import type { Viewer, Role } from "@/lib/server/auth/viewer";

let n = 0;
/** A real User row and the Viewer the data layer receives for it. */
export async function makeUser(role: Role, name = `${role} ${++n}`): Promise<Viewer> {
  const user = await db.user.create({ data: { id: `u-${role}-${n}-${Math.random().toString(36).slice(2, 8)}`, name, email: `${role}-${n}-${Math.random().toString(36).slice(2)}@example.test`, role } });
  return { id: user.id, name: user.name, email: user.email, role, timeZone: "UTC", dayStartHour: 4, desiredRetention: 0.9, maximumInterval: 36500, newCardsPerDay: 20 };
}
