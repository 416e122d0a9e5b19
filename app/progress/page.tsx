import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { CalendarHeatmap } from "@/components/charts/calendar-heatmap";
import { longDay, percent, plural, shortDay } from "@/components/charts/format";
import { RetentionChart } from "@/components/charts/line-chart";
import { MasteryBars } from "@/components/charts/mastery-bars";
import { StateBar } from "@/components/charts/state-bar";
import { ChartSection } from "@/components/progress/chart-section";
import { HardestList } from "@/components/progress/hardest-list";
import { LeechList } from "@/components/progress/leech-list";
import { StatTile } from "@/components/progress/stat-tile";
import { buttonClasses } from "@/components/ui/button";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getProgressStats } from "@/lib/server/progress/get-progress-stats";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const viewer = await requireViewer(undefined, "/progress");
  const stats = await getProgressStats(viewer);
  const { forecast, streak } = stats;
  const started = stats.totals.studiedCards > 0;
  const busiest = forecast.days.reduce((a, b) => (b.count > a.count ? b : a), forecast.days[0] ?? { dayKey: stats.today, count: 0 });
  const studiedStability = stats.stability.reduce((s, b) => s + b.count, 0);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your progress</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Days follow your time zone ({stats.timeZone}); today is {longDay(stats.today)}.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a href="/api/export/reviews.csv" className={buttonClasses("secondary", "sm")} download>
            Export CSV <span className="sr-only">(reviews for the FSRS optimizer)</span>
          </a>
          <a href="/api/export/reviews.json" className={buttonClasses("secondary", "sm")} download>
            Export JSON <span className="sr-only">(all your study data)</span>
          </a>
        </div>
      </header>

      {!started ? (
        <p className="rounded-xl bg-brand-50 p-4 text-sm text-slate-800 ring-1 ring-brand-100 dark:bg-slate-900 dark:text-slate-200 dark:ring-slate-800">
          You haven’t studied anything yet. <Link href="/" className="font-medium text-brand-700 underline dark:text-sky-300">Pick a deck</Link> and your charts will fill in as you review.
        </p>
      ) : null}

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <StatTile label="Streak" value={plural(streak.current, "day")} hint={`Longest this year: ${plural(streak.longest, "day")}`} testId="streak" />
        <StatTile label="Reviews today" value={stats.heatmap.todayCount.toLocaleString("en-US")} hint={`${stats.totals.reviewsThisYear.toLocaleString("en-US")} this year`} testId="reviews-today" />
        <StatTile
          label="Retention"
          value={stats.totals.retention === null ? "—" : percent(stats.totals.retention)}
          hint={`Target ${percent(stats.desiredRetention)}`}
        />
        <StatTile label="Cards studied" value={stats.totals.studiedCards.toLocaleString("en-US")} hint={`${forecast.days[0]?.count ?? 0} due today`} />
      </dl>

      <ChartSection id="heatmap" title="Reviews per day" description="The past year. A stronger colour means more reviews; today is outlined.">
        <CalendarHeatmap heatmap={stats.heatmap} />
      </ChartSection>

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartSection
          id="forecast"
          title="Due in the next 30 days"
          description={`${plural(forecast.total, "card")} due${forecast.overdue ? `, ${forecast.overdue} overdue (counted today)` : ""}.`}
        >
          <BarChart
            testId="forecast-chart"
            bars={forecast.days.map((d, i) => ({ label: i === 0 ? "Today" : shortDay(d.dayKey), longLabel: i === 0 ? `Today (${longDay(d.dayKey)})` : longDay(d.dayKey), value: d.count, highlight: i === 0 }))}
            labelEvery={7}
            summary={`Forecast of cards due per day for the next 30 days: ${forecast.total} in total, ${forecast.days[0]?.count ?? 0} today, busiest ${busiest.dayKey === stats.today ? "today" : longDay(busiest.dayKey)} with ${busiest.count}.`}
            caption="Cards due per day, next 30 days"
            valueName="cards due"
            categoryName="Day"
          />
        </ChartSection>

        <ChartSection id="retention" title="Retention per week" description="Share of reviews not answered Again, against your desired retention (dashed).">
          <RetentionChart points={stats.retention} target={stats.desiredRetention} />
        </ChartSection>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartSection id="mastery-deck" title="Knowledge per deck" description="Estimated recall right now, averaged over every question (unstudied count as 0).">
          <MasteryBars
            label="Knowledge per deck"
            items={stats.masteryByDeck.map((m) => ({ ...m, href: `/decks/${m.key}` }))}
            empty="Study or get assigned a deck to see how much of it you know."
          />
        </ChartSection>
        <ChartSection id="mastery-topic" title="Knowledge per topic" description="The same estimate grouped by question tag.">
          <MasteryBars label="Knowledge per topic" items={stats.masteryByTag.slice(0, 12)} empty="The questions in your decks have no topic tags yet." />
        </ChartSection>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartSection id="states" title="Card states">
          <StateBar states={stats.states} unstarted={stats.unstarted} />
          {stats.hidden.suspended || stats.hidden.buried ? (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="hidden-cards">
              Not in your reviews: {plural(stats.hidden.suspended, "suspended card")}, {plural(stats.hidden.buried, "card")} buried until tomorrow.{" "}
              <Link href="/cards?suspended=yes" className="underline">See them</Link>
            </p>
          ) : null}
        </ChartSection>
        <ChartSection id="stability" title="Memory stability" description="Days until recall of each studied card drops to 90 %.">
          <BarChart
            testId="stability-chart"
            bars={stats.stability.map((b) => ({ label: b.label, longLabel: `Stability ${b.description}`, value: b.count }))}
            summary={`Stability histogram of ${plural(studiedStability, "studied card")}: ${stats.stability.map((b) => `${b.description} ${b.count}`).join(", ")}.`}
            caption="Studied cards by memory stability"
            valueName="cards"
            categoryName="Stability"
          />
        </ChartSection>
      </div>

      <ChartSection id="hardest" title="Hardest questions" description="Questions you have forgotten most often.">
        <HardestList items={stats.hardest} />
      </ChartSection>

      <ChartSection id="leeches" title="Leeches" description="Cards you have forgotten 8 times or more. Unsuspend one to put it back in your reviews, or study it now on purpose.">
        <LeechList items={stats.leeches} timeZone={stats.timeZone} />
      </ChartSection>
    </div>
  );
}
