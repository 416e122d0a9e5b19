import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { BROWSE_QUERY_MAX, type BrowseQuery } from "@/lib/cards/browse-query";

const SORT_LABELS: Record<BrowseQuery["sort"], string> = {
  due: "Due date",
  lapses: "Lapses",
  reviews: "Reviews",
  "last-review": "Last review",
  prompt: "Question",
  deck: "Deck",
};

/**
 * The browser's search and filters as a plain GET form: the URL holds the whole query (shareable, back button,
 * works before any JavaScript), and every field is a labelled control reachable by keyboard.
 */
export function BrowseFilters({ query, decks, authored }: { query: BrowseQuery; decks: ReadonlyArray<{ id: string; title: string }>; authored: boolean }) {
  const mine = query.scope === "mine";
  return (
    <form method="get" action="/cards" role="search" aria-label="Search cards" className="grid gap-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4 dark:bg-slate-900 dark:ring-slate-800">
      {authored ? <input type="hidden" name="scope" value={query.scope} /> : null}
      <div className="sm:col-span-2 lg:col-span-4">
        <Field id="browse-q" label={mine ? "Search question and answer text" : "Search your decks’ questions and answers"}>
          <Input id="browse-q" name="q" type="search" defaultValue={query.q} maxLength={BROWSE_QUERY_MAX} autoComplete="off" />
        </Field>
      </div>
      <Field id="browse-deck" label="Deck">
        <Select id="browse-deck" name="deck" defaultValue={query.deck ?? ""}>
          <option value="">All decks</option>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </Select>
      </Field>
      {mine ? (
        <>
          <Field id="browse-state" label="State">
            <Select id="browse-state" name="state" defaultValue={query.state ?? ""}>
              <option value="">Any state</option>
              <option value="new">New</option>
              <option value="learning">Learning</option>
              <option value="review">Review</option>
              <option value="relearning">Relearning</option>
            </Select>
          </Field>
          <Field id="browse-due" label="Due">
            <Select id="browse-due" name="due" defaultValue={query.due ?? ""}>
              <option value="">Any time</option>
              <option value="now">Due now</option>
              <option value="today">Due today</option>
              <option value="week">Within 7 days</option>
              <option value="later">Later than 7 days</option>
            </Select>
          </Field>
          <Field id="browse-suspended" label="Suspended">
            <Select id="browse-suspended" name="suspended" defaultValue={query.suspended ?? ""}>
              <option value="">Suspended or not</option>
              <option value="yes">Suspended only</option>
              <option value="no">Not suspended</option>
            </Select>
          </Field>
          <Field id="browse-leech" label="Leeches">
            <Select id="browse-leech" name="leech" defaultValue={query.leech ?? ""}>
              <option value="">All cards</option>
              <option value="yes">Leeches only</option>
            </Select>
          </Field>
          <Field id="browse-lapses" label="At least this many lapses">
            <Input id="browse-lapses" name="lapses" type="number" inputMode="numeric" min={1} max={1000} defaultValue={query.lapses ?? ""} />
          </Field>
        </>
      ) : null}
      <Field id="browse-sort" label="Sort by">
        <Select id="browse-sort" name="sort" defaultValue={query.sort}>
          {(mine ? (Object.keys(SORT_LABELS) as BrowseQuery["sort"][]) : (["due", "prompt", "deck"] as const)).map((s) => (
            <option key={s} value={s}>
              {!mine && s === "due" ? "Deck order" : SORT_LABELS[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="browse-dir" label="Order">
        <Select id="browse-dir" name="dir" defaultValue={query.dir}>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </Select>
      </Field>
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">Search</Button>
        <Link href={mine ? "/cards" : "/cards?scope=authored"} className="rounded-lg px-3 py-2 text-sm text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
