import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { requireViewer } from "@/lib/server/auth/viewer";
import { listUsers } from "@/lib/server/users/list-users";
import { UserControls } from "./user-controls";

export const metadata: Metadata = { title: "Admin · Users" };

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function pageHref(query: string, page: number): string {
  const p = new URLSearchParams();
  if (query) p.set("q", query);
  if (page > 1) p.set("page", String(page));
  const s = p.toString();
  return s ? `/admin?${s}` : "/admin";
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer(["admin"], "/admin");
  const params = await searchParams;
  const query = (first(params.q) ?? "").slice(0, 100);
  const requested = Number.parseInt(first(params.page) ?? "1", 10);
  const { users, total, page, pageCount } = await listUsers(viewer, { query, page: Number.isFinite(requested) ? requested : 1 });
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Users</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Set roles and disable accounts. Disabling signs the person out at once.</p>
      </div>
      <form role="search" action="/admin" className="flex max-w-lg gap-2">
        <label htmlFor="user-search" className="sr-only">Search users by name or email</label>
        <Input id="user-search" name="q" type="search" defaultValue={query} maxLength={100} placeholder="Name or email" />
        <button type="submit" className={buttonClasses("primary")}>Search</button>
      </form>
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {total} account{total === 1 ? "" : "s"}{query ? ` matching “${query}”` : ""}
      </p>
      {users.length === 0 ? (
        <p>No accounts found.</p>
      ) : (
        <ul className="space-y-3" aria-label="Accounts">
          {users.map((u) => (
            <li key={u.id}>
              <Card className="flex flex-col gap-3 p-4 md:flex-row md:items-center md:justify-between">
                <div className="min-w-0 space-y-1">
                  <p className="font-medium">
                    {u.name}
                    {u.id === viewer.id ? <span className="text-slate-600 dark:text-slate-400"> (you)</span> : null}
                  </p>
                  <p className="break-all text-sm text-slate-600 dark:text-slate-400">{u.email}</p>
                  <p className="flex gap-2">
                    <Badge tone={u.role === "admin" ? "brand" : u.role === "instructor" ? "green" : "neutral"}>{u.role}</Badge>
                    {u.disabled ? <Badge tone="red">disabled</Badge> : null}
                  </p>
                </div>
                {u.id === viewer.id ? (
                  <p className="text-sm text-slate-600 dark:text-slate-400">You can’t change your own role or disable yourself.</p>
                ) : (
                  <UserControls user={u} />
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {page > 1 ? <Link className={buttonClasses("secondary", "sm")} href={pageHref(query, page - 1)}>Previous page</Link> : null}
          <span>Page {page} of {pageCount}</span>
          {page < pageCount ? <Link className={buttonClasses("secondary", "sm")} href={pageHref(query, page + 1)}>Next page</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
