import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { BROWSE_QUERY_MAX, type BrowseQuery } from "@/lib/cards/browse-query";

const SORT_LABELS: Record<BrowseQuery["sort"], string> = {
  due: "Due date",
  lapses: "Lapses",
  reviews: "Reviews",
  "last-review": "Last review",
  prompt: "Question",
  deck: "Deck",
};

type Choices = ReadonlyArray<readonly [value: string, label: string]>;
// The first choice of each filter is "any" (value ""), which the query leaves out.
const STATE_OPTIONS: Choices = [["", "Any state"], ["new", "New"], ["learning", "Learning"], ["review", "Review"], ["relearning", "Relearning"]];
const DUE_OPTIONS: Choices = [["", "Any time"], ["now", "Due now"], ["today", "Due today"], ["week", "Within 7 days"], ["later", "Later than 7 days"]];
const SUSPENDED_OPTIONS: Choices = [["", "Suspended or not"], ["yes", "Suspended only"], ["no", "Not suspended"]];
const LEECH_OPTIONS: Choices = [["", "All cards"], ["yes", "Leeches only"]];
const ORDER_OPTIONS: Choices = [["asc", "Ascending"], ["desc", "Descending"]];

/** A labelled select of fixed choices, named as its query parameter (its id is browse-<name>). */
function ChoiceField({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: Choices }) {
  return (
    <Field id={`browse-${name}`} label={label}>
      <Select id={`browse-${name}`} name={name} defaultValue={value ?? ""}>
        <Options options={options} />
      </Select>
    </Field>
  );
}

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
          <Options options={decks} />
        </Select>
      </Field>
      {mine ? (
        <>
          <ChoiceField name="state" label="State" value={query.state} options={STATE_OPTIONS} />
          <ChoiceField name="due" label="Due" value={query.due} options={DUE_OPTIONS} />
          <ChoiceField name="suspended" label="Suspended" value={query.suspended} options={SUSPENDED_OPTIONS} />
          <ChoiceField name="leech" label="Leeches" value={query.leech} options={LEECH_OPTIONS} />
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
      <ChoiceField name="dir" label="Order" value={query.dir} options={ORDER_OPTIONS} />
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">Search</Button>
        <Link href={mine ? "/cards" : "/cards?scope=authored"} className="rounded-lg px-3 py-2 text-sm text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
