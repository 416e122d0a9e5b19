import type { Metadata } from "next";
import Link from "next/link";
import { DeckExportLinks } from "@/components/interop/deck-export-links";
import { DeckImportForm } from "@/components/interop/deck-import-form";
import { requireViewer } from "@/lib/server/auth/viewer";
import { listOwnedDecks } from "@/lib/server/interop/list-owned-decks";
import { plural } from "@/components/charts/format";

export const metadata: Metadata = { title: "Import a deck" };

export default async function ImportDeckPage() {
  const viewer = await requireViewer(undefined, "/decks/import");
  const decks = await listOwnedDecks(viewer);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Import a deck</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">
          Bring your cards from Anki or Quizlet. The new deck is private: only you see and study it. You will see the first rows before anything is saved.
        </p>
      </header>
      <DeckImportForm />
      <section aria-labelledby="my-decks-heading" className="space-y-3">
        <h2 id="my-decks-heading" className="text-lg font-semibold">
          Your decks
        </h2>
        {decks.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">You have no decks of your own yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200 dark:divide-slate-800 dark:bg-slate-900 dark:ring-slate-800">
            {decks.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <div>
                  <Link href={`/decks/${d.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                    {d.title}
                  </Link>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    {plural(d.questionCount, "question")} · {d.visibility === "private" ? "private" : d.visibility}
                  </p>
                </div>
                <DeckExportLinks deckId={d.id} title={d.title} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
