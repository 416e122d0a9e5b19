import { DeckCard } from "@/components/decks/deck-card";
import { LearnerHome } from "@/components/home/learner-home";
import { MyDecksSection } from "@/components/decks/my-decks-section";
import { listMyDecks } from "@/lib/server/decks/list-my-decks";
import { getViewer } from "@/lib/server/auth/viewer";
import { listCatalogDecks } from "@/lib/server/decks/list-catalog-decks";
import { getHomeSummary } from "@/lib/server/progress/get-home-summary";

export default async function HomePage() {
  const viewer = await getViewer();
  const now = new Date();
  // Learners keep their own decks here; instructors and admins have theirs in the instructor workspace.
  const [catalogue, summary, myDecks] = await Promise.all([
    listCatalogDecks(viewer),
    viewer ? getHomeSummary(viewer, now) : null,
    viewer?.role === "learner" ? listMyDecks(viewer) : null,
  ]);
  // A learner's own decks are listed once, under "Your decks", not again in the catalogue below.
  const mine = new Set(myDecks?.map((d) => d.id));
  const decks = catalogue.filter((d) => !mine.has(d.id));
  return (
    <div className="space-y-10">
      {viewer && summary ? (
        <LearnerHome name={viewer.name} summary={summary} timeZone={viewer.timeZone} now={now} />
      ) : (
        <section className="rounded-2xl bg-gradient-to-br from-brand-600 to-indigo-700 px-6 py-10 text-white sm:px-10">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Read the briefing. Remember it.</h1>
          <p className="mt-3 max-w-2xl text-base text-white/90 sm:text-lg">
            Briefdeck turns news and policy articles into study decks — who visited whom, which resolution followed
            which test, what was written off — and schedules your reviews with FSRS so you remember them for good.
          </p>
        </section>
      )}

      {myDecks ? <MyDecksSection decks={myDecks} /> : null}

      <section aria-labelledby="catalogue-heading" className="space-y-4">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="catalogue-heading" className="text-xl font-semibold">
            Decks
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{decks.length} available</p>
        </div>
        {decks.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No decks yet.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {decks.map((deck) => (
              <DeckCard key={deck.id} deck={deck} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
