import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db, type Prisma } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { SYSTEM_USER_ID } from "@/lib/server/seed/system-user";
import { toUserSummary, userSummarySelect, type UserSummary } from "./user-summary";

export const USERS_PAGE_SIZE = 20;

/** Admin only: accounts matching `query` (name or email), newest first, one page at a time. */
export async function listUsers(
  viewer: Viewer,
  input: { query?: string; page?: number },
): Promise<{ users: UserSummary[]; total: number; page: number; pageCount: number }> {
  if (viewer.role !== "admin") throw notFound("Page");
  const query = input.query?.trim() ?? "";
  const where: Prisma.UserWhereInput = {
    id: { not: SYSTEM_USER_ID },
    ...(query ? { OR: [{ email: { contains: query.toLowerCase() } }, { name: { contains: query } }] } : {}),
  };
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), pageCount);
  const rows = await db.user.findMany({
    where,
    select: userSummarySelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
  });
  return { users: rows.map(toUserSummary), total, page, pageCount };
}
