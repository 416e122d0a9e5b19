import Link from "next/link";
import { getViewer } from "@/lib/server/auth/viewer";
import { NavLink } from "./nav-link";

export async function SiteHeader() {
  const viewer = await getViewer();
  const links: { href: string; label: string }[] = [{ href: "/", label: "Decks" }];
  if (viewer) {
    links.push({ href: "/progress", label: "Progress" });
    links.push({ href: "/cards", label: "Cards" });
    links.push({ href: "/classes", label: "Classes" });
    links.push({ href: "/decks/import", label: "Import" });
    if (viewer.role === "instructor" || viewer.role === "admin") links.push({ href: "/instructor", label: "Instructor" });
    if (viewer.role === "admin") links.push({ href: "/admin", label: "Admin" });
  }
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/80">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900 dark:text-white">
          <span aria-hidden="true" className="inline-grid size-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">
            B
          </span>
          Briefdeck
        </Link>
        <nav aria-label="Main" className="flex w-full flex-wrap items-center gap-1 text-sm sm:w-auto sm:flex-1">
          {links.map((l) => (
            <NavLink key={l.href} href={l.href}>
              {l.label}
            </NavLink>
          ))}
        </nav>
        <div className="flex items-center gap-2 text-sm">
          {viewer ? (
            <Link href="/account" className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
              <span className="sr-only">Account settings for </span>
              {viewer.name}
            </Link>
          ) : (
            <>
              <Link href="/sign-in" className="rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
                Sign in
              </Link>
              <Link href="/sign-up" className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
