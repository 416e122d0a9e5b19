import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { percent } from "@/components/charts/format";
import { formatInterval, ReviewHistoryTable, stateName } from "@/components/progress/review-history-table";
import { StatTile } from "@/components/progress/stat-tile";
import { CardFlagControls } from "@/components/study/card-flag-controls";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getCardInfo, type CardInfo } from "@/lib/server/progress/get-card-info";
import { orNotFound } from "@/lib/server/or-not-found";

type Props = { params: Promise<{ questionId: string }> };

export const metadata: Metadata = { title: "Card info" };

export default async function CardInfoPage({ params }: Props) {
  const { questionId } = await params;
  const viewer = await requireViewer(undefined, `/cards/${encodeURIComponent(questionId)}`);
  if (questionId.length < 1 || questionId.length > 64) notFound();
  const now = new Date();
  const info: CardInfo = await orNotFound(getCardInfo(viewer, questionId, now));
  const { question, card } = info;
  const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: viewer.timeZone });
  const dueIn = card ? (card.due.getTime() - now.getTime()) / 86_400_000 : 0;

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <nav aria-label="Back" className="flex flex-wrap gap-4 text-sm">
          <Link href="/progress" className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
            ← Your progress
          </Link>
          <Link href="/cards" className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
            All your cards
          </Link>
        </nav>
        <h1 className="text-2xl font-bold tracking-tight">{question.prompt}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Answer: <strong>{question.answer}</strong>
        </p>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Link href={`/decks/${question.deckId}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
            {question.deckTitle}
          </Link>
          {question.tags.map((t) => (
            <Badge key={t}>{t}</Badge>
          ))}
          {card?.leech ? <Badge>Leech</Badge> : null}
          {card?.suspended ? <Badge>Suspended</Badge> : null}
          {card?.buriedUntil ? <Badge>Buried until {when.format(card.buriedUntil)}</Badge> : null}
        </div>
        <Link href={`/study/${question.deckId}`} className={buttonClasses("primary", "md", "mt-2")}>
          Study this deck
        </Link>
      </header>

      <section aria-labelledby="hide-heading" className="space-y-2">
        <h2 id="hide-heading" className="text-lg font-semibold">
          Hide this card
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Suspend keeps it out of your reviews until you unsuspend it; bury hides it until your next study day starts.
        </p>
        <CardFlagControls
          questionId={question.id}
          timeZone={viewer.timeZone}
          flags={{ version: card?.version ?? 0, suspended: card?.suspended ?? false, buriedUntil: card?.buriedUntil?.toISOString() ?? null }}
        />
      </section>

      {/* A card made only to suspend or bury a question never answered has nothing to show yet. */}
      {card && card.reps > 0 ? (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <StatTile label="State" value={stateName(card.state)} hint={`${card.reps} reviews · ${card.lapses} lapses`} testId="card-state" />
          <StatTile label="Due" value={dueIn <= 0 ? "Now" : `in ${formatInterval(dueIn)}`} hint={when.format(card.due)} />
          <StatTile label="Recall now" value={percent(card.retrievability)} hint="FSRS retrievability" testId="card-retrievability" />
          <StatTile label="Stability" value={formatInterval(card.stability)} hint="until recall falls to 90 %" />
          <StatTile label="Difficulty" value={card.difficulty.toFixed(1)} hint="1 (easy) – 10 (hard)" />
          <StatTile label="Correct" value={card.attempts ? percent(card.correctCount / card.attempts) : "—"} hint={`${card.correctCount} of ${card.attempts} answers`} />
        </dl>
      ) : (
        <p className="rounded-xl bg-brand-50 p-4 text-sm ring-1 ring-brand-100 dark:bg-slate-900 dark:ring-slate-800">You haven’t studied this question yet.</p>
      )}

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          Review history
        </h2>
        {info.reviews.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No reviews yet.</p>
        ) : (
          <>
            <ReviewHistoryTable rows={info.reviews} timeZone={viewer.timeZone} />
            {info.reviewsTotal > info.reviewsShown ? (
              <p className="text-xs text-slate-600 dark:text-slate-400">
                Showing the latest {info.reviewsShown} of {info.reviewsTotal}. The full log is in the <a href="/api/export/reviews.json" className="underline">JSON export</a>.
              </p>
            ) : null}
          </>
        )}
      </section>
    </article>
  );
}
