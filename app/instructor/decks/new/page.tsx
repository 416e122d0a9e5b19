import type { Metadata } from "next";
import Link from "next/link";
import { NewDeckForm } from "@/components/instructor/new-deck-form";
import { requireViewer } from "@/lib/server/auth/viewer";
import { createDeckAction } from "@/app/instructor/actions";

export const metadata: Metadata = { title: "New deck" };

export default async function NewDeckPage() {
  await requireViewer(["instructor", "admin"], "/instructor/decks/new");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">New deck</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Start empty and write questions by hand or import a CSV. To generate questions from an article,{" "}
        <Link href="/instructor/decks/new/from-article" className="text-brand-700 underline dark:text-brand-100">
          start from an article
        </Link>
        .
      </p>
      <NewDeckForm action={createDeckAction} />
    </div>
  );
}
