import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { getViewer } from "@/lib/server/auth/viewer";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/server/seed/demo-accounts";
import { hasDemoAccounts } from "@/lib/server/users/has-demo-accounts";
import { safeNextPath } from "../safe-next-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getViewer()) redirect(next);
  const demo = await hasDemoAccounts();
  return (
    <div className="mx-auto max-w-md space-y-6 py-4">
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <Card>
        <SignInForm next={next} />
      </Card>
      {demo ? (
        <aside aria-labelledby="demo-heading" className="rounded-xl bg-amber-50 p-4 text-sm text-amber-950 ring-1 ring-amber-200 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-900">
          <h2 id="demo-heading" className="font-semibold">
            Demo accounts (local use)
          </h2>
          <p className="mt-1">
            Password for all: <code className="rounded bg-white/70 px-1 font-mono dark:bg-black/30">{DEMO_PASSWORD}</code>
          </p>
          <ul className="mt-2 space-y-1">
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email} className="flex flex-wrap gap-x-2">
                <span className="font-mono break-all">{a.email}</span>
                <span className="text-amber-800 dark:text-amber-300">({a.role})</span>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </div>
  );
}
