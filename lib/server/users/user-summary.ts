import "server-only";

/** What the admin list shows about an account: never hashes, tokens or sessions. */
export type UserSummary = {
  id: string;
  name: string;
  email: string;
  role: "learner" | "instructor" | "admin";
  disabled: boolean;
  createdAt: string;
};

export const userSummarySelect = { id: true, name: true, email: true, role: true, disabled: true, createdAt: true } as const;

export function toUserSummary(row: { id: string; name: string; email: string; role: string; disabled: boolean; createdAt: Date }): UserSummary {
  const role = row.role === "admin" || row.role === "instructor" ? row.role : "learner";
  return { id: row.id, name: row.name, email: row.email, role, disabled: row.disabled, createdAt: row.createdAt.toISOString() };
}
