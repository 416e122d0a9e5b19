import type { Metadata } from "next";
import { GenerateDeckForm } from "@/components/instructor/generate-deck-form";
import { requireViewer } from "@/lib/server/auth/viewer";
import { generateDeckAction } from "@/app/instructor/actions";

export const metadata: Metadata = { title: "New deck from an article" };

export default async function FromArticlePage() {
  // Any signed-in user generates a deck; the same rate limit and worker apply to every role.
  const viewer = await requireViewer(undefined, "/instructor/decks/new/from-article");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">New deck from an article</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Briefdeck reads the article, drafts questions from its facts (dates, amounts, people, places) and opens them for your review.{" "}
          {viewer.role === "learner"
            ? "Only the questions you approve are studied, and the deck is private: only you see it."
            : "Nothing is shown to learners until you approve questions and publish the deck."}
        </p>
      </header>
      <GenerateDeckForm action={generateDeckAction} />
    </div>
  );
}
