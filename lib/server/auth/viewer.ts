import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/server/db/client";
import { auth } from "./auth";

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
};

const roles: readonly Role[] = ["learner", "instructor", "admin"];

export async function loadViewerByUserId(userId: string): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.disabled) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: roles.includes(user.role as Role) ? (user.role as Role) : "learner",
    timeZone: user.timeZone,
    dayStartHour: user.dayStartHour,
    desiredRetention: user.desiredRetention,
    maximumInterval: user.maximumInterval,
    newCardsPerDay: user.newCardsPerDay,
  };
}

/** Reads the session cookie against the database (no cookie cache), once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  return loadViewerByUserId(session.user.id);
});

/** For pages: anonymous visitors go to sign-in; a wrong role gets "not found" (no hint the page exists). */
export async function requireViewer(allowed?: readonly Role[], returnTo?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in${returnTo ? `?next=${encodeURIComponent(returnTo)}` : ""}`);
  if (allowed && !allowed.includes(viewer.role)) notFound();
  return viewer;
}
