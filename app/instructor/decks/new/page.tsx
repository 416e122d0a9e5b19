import type { Metadata } from "next";
import Link from "next/link";
import { NewDeckForm } from "@/components/instructor/new-deck-form";
import { requireViewer } from "@/lib/server/auth/viewer";
import { createDeckAction } from "@/app/instructor/actions";

export const metadata: Metadata = { title: "New deck" };

export default async function NewDeckPage() {
  // Any signed-in user writes decks by hand; a learner's deck is private to them (lib/server/decks/deck-access.ts).
  const viewer = await requireViewer(undefined, "/instructor/decks/new");
  const learner = viewer.role === "learner";
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">New deck</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Start empty and write questions by hand or import a CSV.{learner ? " The deck is private: only you see and study it." : null} To generate
        questions from an article,{" "}
        <Link href="/instructor/decks/new/from-article" className="text-brand-700 underline dark:text-brand-100">
          start from an article
        </Link>
        . To bring cards from Anki or Quizlet,{" "}
        <Link href="/decks/import" className="text-brand-700 underline dark:text-brand-100">
          import a file
        </Link>
        .
      </p>
      <NewDeckForm action={createDeckAction} descriptionHint={learner ? "Optional. Only you see it." : undefined} />
    </div>
  );
}
