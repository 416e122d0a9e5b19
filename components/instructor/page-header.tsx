import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The instructor pages' header: an optional way back, anything that sits above the title (status
 * badges), the title, then whatever follows it (navigation, actions).
 */
export function InstructorPageHeader({ back, above, title, children }: { back?: { href: string; label: string }; above?: ReactNode; title: ReactNode; children?: ReactNode }) {
  return (
    <header className="space-y-3">
      {back ? (
        <Link href={back.href} className="text-sm text-brand-700 underline dark:text-brand-100">
          ← {back.label}
        </Link>
      ) : null}
      {above}
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {children}
    </header>
  );
}
