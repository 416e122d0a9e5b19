import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ActionButton } from "@/components/instructor/action-button";
import { CsvImportForm } from "@/components/instructor/csv-import-form";
import { DeckSettingsForm } from "@/components/instructor/deck-settings-form";
import { InstructorPageHeader } from "@/components/instructor/page-header";
import { QuestionEditor } from "@/components/instructor/question-editor";
import { QuestionWorkbench } from "@/components/instructor/question-workbench";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getEditableDeck } from "@/lib/server/decks/get-editable-deck";
import { orNotFound } from "@/lib/server/or-not-found";
import {
  bulkQuestionsAction,
  createQuestionAction,
  importCsvAction,
  moveQuestionAction,
  updateDeckAction,
  updateQuestionAction,
} from "@/app/instructor/actions";

type Props = { params: Promise<{ deckId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Edit deck" };

// The filters' fixed choices; "" (Any) leaves the filter out.
const KIND_FILTER = [["", "Any"], ["flashcard", "Flashcard"], ["multiple_choice", "Multiple choice"], ["cloze", "Cloze"], ["typed", "Typed"]] as const;
const STATUS_FILTER = [["", "Any"], ["draft", "To review"], ["approved", "Approved"], ["rejected", "Rejected"]] as const;

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 200) : "");

export default async function DeckEditorPage({ params, searchParams }: Props) {
  const { deckId } = await params;
  // Open to every signed-in owner: getEditableDeck's where decides (a learner edits only their own private decks).
  const viewer = await requireViewer(undefined, `/instructor/decks/${deckId}`);
  // Publishing (status, visibility) stays with instructors and admins; a learner's deck is private for good.
  const canPublish = viewer.role !== "learner";
  const sp = await searchParams;
  const filter = { q: one(sp.q), kind: one(sp.kind), tag: one(sp.tag), status: one(sp.status) };
  const deck = await orNotFound(getEditableDeck(viewer, deckId, filter));
  const counts = deck.statusCounts;
  const filtered = Boolean(filter.q || filter.kind || filter.tag || filter.status);

  return (
    <div className="space-y-8">
      <InstructorPageHeader
        back={canPublish ? { href: "/instructor", label: "Instructor workspace" } : { href: "/#my-decks", label: "Your decks" }}
        above={
          <div className="flex flex-wrap items-center gap-2">
            {canPublish ? <Badge tone={deck.status === "published" ? "green" : "amber"}>{deck.status === "published" ? "Published" : "Draft"}</Badge> : null}
            <Badge>{canPublish ? deck.visibility : "private: only you"}</Badge>
            <Badge tone="green">{counts.approved} approved</Badge>
            <Badge tone="amber">{counts.draft} to review</Badge>
            <Badge tone="red">{counts.rejected} rejected</Badge>
          </div>
        }
        title={deck.title}
      >
        {deck.articles.length ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            From{" "}
            {deck.articles.map((a) => (
              <Link key={a.id} href={`/articles/${a.id}`} className="text-brand-700 underline dark:text-brand-100">
                {a.title}
              </Link>
            ))}
          </p>
        ) : null}
        <div className="flex flex-wrap items-start gap-2">
          {!canPublish ? (
            <Link href={`/study/${deck.id}`} className={buttonClasses("primary")}>
              Study
            </Link>
          ) : deck.status === "published" ? (
            <ActionButton action={updateDeckAction} input={{ deckId: deck.id, status: "draft" }} variant="secondary">
              Unpublish
            </ActionButton>
          ) : (
            <ActionButton action={updateDeckAction} input={{ deckId: deck.id, status: "published" }}>
              Publish deck
            </ActionButton>
          )}
          <a href={`/instructor/decks/${deck.id}/export.csv`} className={buttonClasses("secondary")} download>
            Export CSV
          </a>
          {!canPublish ? (
            <Link href={`/decks/${deck.id}`} className={buttonClasses("ghost")}>
              Deck page
            </Link>
          ) : deck.status === "published" ? (
            <Link href={`/decks/${deck.id}`} className={buttonClasses("ghost")}>
              View as learner
            </Link>
          ) : null}
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {canPublish
            ? "Only approved questions are studied. Edits to a published question keep learners’ progress."
            : "Only approved questions are studied. Edits to a question keep your progress on it."}
        </p>
      </InstructorPageHeader>

      <section aria-labelledby="questions-heading" className="space-y-3">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions {filtered ? `(${deck.questions.length} of ${deck.totalQuestions})` : `(${deck.totalQuestions})`}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-2" role="search" aria-label="Filter questions">
          <FilterField id="filter-q" label="Search" className="w-full sm:w-48">
            <Input id="filter-q" name="q" type="search" defaultValue={filter.q} className="py-1" />
          </FilterField>
          <FilterField id="filter-kind" label="Kind">
            <Select id="filter-kind" name="kind" defaultValue={filter.kind} className="py-1">
              <Options options={KIND_FILTER} />
            </Select>
          </FilterField>
          <FilterField id="filter-tag" label="Tag">
            <Select id="filter-tag" name="tag" defaultValue={filter.tag} className="max-w-48 py-1">
              <Options options={[["", "Any"], ...deck.allTags.map((t) => [t, t] as const)]} />
            </Select>
          </FilterField>
          <FilterField id="filter-status" label="Status">
            <Select id="filter-status" name="status" defaultValue={filter.status} className="py-1">
              <Options options={STATUS_FILTER} />
            </Select>
          </FilterField>
          <Button type="submit" size="sm" variant="secondary">
            Filter
          </Button>
          {filtered ? (
            <Link href={`/instructor/decks/${deck.id}`} className={buttonClasses("ghost", "sm")}>
              Clear
            </Link>
          ) : null}
        </form>
        <QuestionWorkbench
          deckId={deck.id}
          questions={deck.questions}
          otherDecks={deck.otherDecks}
          canReorder={!filtered}
          actions={{ bulk: bulkQuestionsAction, move: moveQuestionAction, create: createQuestionAction, update: updateQuestionAction }}
        />
      </section>

      <CardSection id="add-heading" title="Add a question">
        <QuestionEditor deckId={deck.id} createAction={createQuestionAction} updateAction={updateQuestionAction} />
      </CardSection>

      <div className="grid gap-6 lg:grid-cols-2">
        <CardSection id="settings-heading" title="Deck settings">
          <DeckSettingsForm deck={deck} action={updateDeckAction} canPublish={canPublish} />
        </CardSection>
        <CardSection id="import-heading" title="Import from CSV">
          <CsvImportForm deckId={deck.id} action={importCsvAction} />
        </CardSection>
      </div>
    </div>
  );
}

/** One labelled control of the question filter. */
function FilterField({ id, label, className, children }: { id: string; label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A headed section whose body sits on a card. */
function CardSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <Card>{children}</Card>
    </section>
  );
}
