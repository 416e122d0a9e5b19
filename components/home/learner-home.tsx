import Link from "next/link";
import { plural } from "@/components/charts/format";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { HomeDeck, HomeSummary } from "@/lib/server/progress/get-home-summary";

/** The signed-in learner's "today" panel above the catalogue: what is due, assignments, streak. */
export function LearnerHome({ name, summary, timeZone, now }: { name: string; summary: HomeSummary; timeZone: string; now: Date }) {
  const dueDecks = summary.decks.filter((d) => d.due > 0).length;
  const newTotal = summary.decks.reduce((s, d) => s + d.newAvailable, 0);
  const firstName = name.split(/\s+/)[0] || name;
  return (
    <section aria-labelledby="today-heading" className="space-y-4" data-testid="learner-home">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="today-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
            Today, {firstName}
          </h1>
          <p className="mt-1 text-slate-700 dark:text-slate-300" data-testid="home-due-summary">
            {summary.dueTotal > 0
              ? `${plural(summary.dueTotal, "card")} due in ${plural(dueDecks, "deck")}`
              : "Nothing due right now"}
            {" · "}
            {plural(summary.reviewsToday, "review")} done today
          </p>
        </div>
        <div className="flex items-center gap-3">
          <p className="rounded-full bg-amber-100 px-3 py-1 text-sm font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100" data-testid="home-streak">
            Streak: {plural(summary.streak.current, "day")}
            {summary.streak.current > 0 && !summary.streak.reviewedToday ? <span className="font-normal"> — review today to keep it</span> : null}
          </p>
          <Link href="/progress" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
            Statistics
          </Link>
        </div>
      </div>

      {summary.dueTotal === 0 ? (
        <p className="rounded-xl bg-emerald-50 p-4 text-sm text-emerald-950 ring-1 ring-emerald-200 dark:bg-emerald-950/40 dark:text-emerald-100 dark:ring-emerald-900" data-testid="home-nudge">
          {summary.decks.length === 0
            ? "You haven’t started a deck yet. Pick one from the list below — a few minutes a day is enough."
            : newTotal > 0
              ? `You’re all caught up. Learn something new: ${plural(newTotal, "new card")} waiting below.`
              : "You’re all caught up — nothing is due and no new cards are left for today. Come back tomorrow."}
        </p>
      ) : null}

      {summary.decks.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Your decks">
          {summary.decks.map((d) => (
            <HomeDeckRow key={d.deckId} deck={d} timeZone={timeZone} now={now} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function HomeDeckRow({ deck, timeZone, now }: { deck: HomeDeck; timeZone: string; now: Date }) {
  const active = deck.due > 0 || deck.newAvailable > 0;
  const dueAt = deck.assignment?.dueAt ?? null;
  const overdue = dueAt !== null && dueAt.getTime() < now.getTime();
  const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone });
  return (
    <li className="flex flex-col justify-between gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <div className="space-y-1.5">
        <Link href={`/decks/${deck.deckId}`} className="font-semibold underline-offset-2 hover:underline">
          {deck.title}
        </Link>
        <div className="flex flex-wrap gap-1.5">
          <Badge tone={deck.due > 0 ? "brand" : "neutral"}>{deck.due} due</Badge>
          <Badge tone={deck.newAvailable > 0 ? "green" : "neutral"}>{deck.newAvailable} new</Badge>
          {deck.assignment ? (
            <Badge tone={overdue ? "red" : "amber"}>
              Assigned · {deck.assignment.className}
              {dueAt ? ` · ${overdue ? "was due" : "due"} ${dateFormat.format(dueAt)}` : ""}
            </Badge>
          ) : null}
        </div>
      </div>
      <Link
        href={`/study/${deck.deckId}`}
        className={buttonClasses(active ? "primary" : "secondary", "sm", "self-start")}
        aria-label={`Study ${deck.title}${deck.due ? `, ${deck.due} due` : ""}`}
      >
        Study
      </Link>
    </li>
  );
}
