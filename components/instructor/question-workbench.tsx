"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { AnswerHighlight } from "@/components/study/answer-highlight";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { articleSourceHref } from "@/lib/article-source-href";
import type { ActionResult } from "@/lib/server/action";
import type { BulkOperation } from "@/lib/server/questions/bulk-operation";
import { QuestionEditor, type EditorQuestion } from "./question-editor";
import { QuestionPreview } from "./question-preview";

export type WorkbenchQuestion = EditorQuestion & {
  id: string;
  updatedAt: string;
  status: string;
  score: number;
  family: string;
  articleId: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
};

type Operation = BulkOperation;

type Actions = {
  bulk: (input: { deckId: string; questionIds: string[]; operation: Operation }) => Promise<ActionResult<{ count: number }>>;
  move: (input: { questionId: string; direction: "up" | "down" }) => Promise<ActionResult<unknown>>;
  create: Parameters<typeof QuestionEditor>[0]["createAction"];
  update: Parameters<typeof QuestionEditor>[0]["updateAction"];
};

const kindLabels: Record<string, string> = { flashcard: "Flashcard", multiple_choice: "Multiple choice", cloze: "Cloze", typed: "Typed" };
const statusTone = { approved: "green", draft: "amber", rejected: "red" } as const;

/** The deck's question list: select + bulk actions, per-question review/edit/reorder. */
export function QuestionWorkbench({
  deckId,
  questions,
  otherDecks,
  actions,
  canReorder,
}: {
  deckId: string;
  questions: WorkbenchQuestion[];
  otherDecks: { id: string; title: string }[];
  actions: Actions;
  canReorder: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [minScore, setMinScore] = useState("0.6");
  const [tag, setTag] = useState("");
  const [target, setTarget] = useState(otherDecks[0]?.id ?? "");
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  const visibleIds = questions.map((q) => q.id);
  const chosen = [...selected].filter((id) => visibleIds.includes(id));

  function run(operation: Operation, ids = chosen, confirmText?: string) {
    if (ids.length === 0) return setStatus({ text: "Select at least one question first.", failed: true });
    if (confirmText && !window.confirm(confirmText)) return;
    setStatus(null);
    startTransition(async () => {
      const result = await actions.bulk({ deckId, questionIds: ids, operation });
      if (!result.ok) return setStatus({ text: result.fieldErrors ? Object.values(result.fieldErrors).flat()[0] ?? result.error : result.error, failed: true });
      setStatus({ text: `${result.data.count} question${result.data.count === 1 ? "" : "s"} updated.`, failed: false });
      if (operation.type === "delete" || operation.type === "move") setSelected(new Set());
      router.refresh();
    });
  }

  function move(questionId: string, direction: "up" | "down") {
    startTransition(async () => {
      const result = await actions.move({ questionId, direction });
      if (!result.ok) setStatus({ text: result.error, failed: true });
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <div className="z-10 space-y-3 rounded-xl md:sticky md:top-0 bg-white/95 p-3 ring-1 ring-slate-200 backdrop-blur dark:bg-slate-900/95 dark:ring-slate-800" role="toolbar" aria-label="Bulk actions">
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              className="size-4"
              checked={chosen.length > 0 && chosen.length === visibleIds.length}
              onChange={(e) => setSelected(e.target.checked ? new Set(visibleIds) : new Set())}
            />
            Select all ({questions.length})
          </label>
          <span className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            {chosen.length} selected
          </span>
          <span className="flex items-center gap-1 whitespace-nowrap">
            <label htmlFor="min-score" className="text-sm">
              Score ≥
            </label>
            <span className="w-20">
              <Input id="min-score" type="number" min={0} max={1} step={0.05} value={minScore} onChange={(e) => setMinScore(e.target.value)} className="py-1" />
            </span>
            <Button size="sm" variant="secondary" onClick={() => setSelected(new Set(questions.filter((q) => q.score >= Number(minScore)).map((q) => q.id)))}>
              Select by score
            </Button>
          </span>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button size="sm" onClick={() => run({ type: "approve" })} disabled={pending}>
            Approve selected
          </Button>
          <Button size="sm" variant="secondary" onClick={() => run({ type: "reject" })} disabled={pending}>
            Reject selected
          </Button>
          <Button size="sm" variant="danger" onClick={() => run({ type: "delete" }, chosen, `Delete ${chosen.length} question(s)? Learners' history is kept.`)} disabled={pending}>
            Delete selected
          </Button>
          <span className="flex items-center gap-1 whitespace-nowrap">
            <label htmlFor="bulk-tag" className="sr-only">
              Tag for selected questions
            </label>
            <span className="w-28">
              <Input id="bulk-tag" placeholder="tag" value={tag} maxLength={40} onChange={(e) => setTag(e.target.value)} className="py-1" />
            </span>
            <Button size="sm" variant="secondary" onClick={() => run({ type: "tag", tag })} disabled={pending}>
              Add tag
            </Button>
            <Button size="sm" variant="ghost" onClick={() => run({ type: "untag", tag })} disabled={pending}>
              Remove tag
            </Button>
          </span>
          {otherDecks.length ? (
            <span className="flex items-center gap-1 whitespace-nowrap">
              <label htmlFor="bulk-target" className="sr-only">
                Move selected to deck
              </label>
              <Select id="bulk-target" value={target} onChange={(e) => setTarget(e.target.value)} className="max-w-56 py-1">
                {otherDecks.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </Select>
              <Button size="sm" variant="secondary" onClick={() => run({ type: "move", targetDeckId: target })} disabled={pending}>
                Move
              </Button>
            </span>
          ) : null}
        </div>
        {status ? (
          <p role={status.failed ? "alert" : "status"} className={status.failed ? "text-sm text-red-700 dark:text-red-400" : "text-sm text-emerald-800 dark:text-emerald-300"}>
            {status.text}
          </p>
        ) : null}
      </div>

      {questions.length === 0 ? <p className="text-slate-600 dark:text-slate-400">No questions match.</p> : null}
      <ol className="space-y-3">
        {questions.map((q, i) => (
          <li key={q.id} className="rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800" data-testid="question-row" data-question-id={q.id} aria-label={`Question ${i + 1}`}>
            <div className="flex flex-wrap items-center gap-2 text-xs">
              <input
                type="checkbox"
                className="size-4"
                aria-label={`Select question ${i + 1}: ${q.prompt.slice(0, 60)}`}
                checked={selected.has(q.id)}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.target.checked) next.add(q.id);
                  else next.delete(q.id);
                  setSelected(next);
                }}
              />
              <span className="font-mono text-slate-600 dark:text-slate-400">{i + 1}</span>
              <Badge tone={statusTone[q.status as keyof typeof statusTone] ?? "neutral"}>{q.status}</Badge>
              <Badge>{kindLabels[q.kind] ?? q.kind}</Badge>
              <Badge tone={q.score >= 0.6 ? "green" : q.score >= 0.4 ? "amber" : "red"} title="Generator quality score (0–1)">
                score {q.score.toFixed(2)}
              </Badge>
              {q.tags.map((t) => (
                <Badge key={t} tone="brand">
                  {t}
                </Badge>
              ))}
            </div>
            {editing === q.id ? (
              <div className="mt-3">
                <QuestionEditor deckId={deckId} initial={q} createAction={actions.create} updateAction={actions.update} onDone={() => setEditing(null)} />
              </div>
            ) : (
              <div className="mt-2 grid gap-3 md:grid-cols-2">
                <div className="space-y-2">
                  <p className="font-medium text-slate-900 dark:text-slate-100" data-testid="question-prompt">
                    {q.prompt}
                  </p>
                  <p className="text-sm">
                    <span className="font-semibold">Answer:</span> <span data-testid="question-answer">{q.answer}</span>
                  </p>
                  {q.kind === "multiple_choice" ? <p className="text-sm text-slate-700 dark:text-slate-300">Choices: {q.choices.join(" · ")}</p> : null}
                  {q.sourceSentence ? (
                    <blockquote className="border-l-4 border-slate-300 pl-3 font-serif text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
                      <AnswerHighlight sentence={q.sourceSentence} answer={q.answer} />{" "}
                      {q.articleId ? (
                        <Link className="text-xs text-brand-700 underline dark:text-brand-100" href={articleSourceHref(q.articleId, q.sourceStart, q.sourceEnd)}>
                          in context
                        </Link>
                      ) : null}
                    </blockquote>
                  ) : null}
                </div>
                <details className="text-sm">
                  <summary className="cursor-pointer text-brand-700 dark:text-brand-100">Preview as learner</summary>
                  <div className="mt-2">
                    <QuestionPreview q={q} />
                  </div>
                </details>
              </div>
            )}
            {editing !== q.id ? (
              <div className="mt-3 flex flex-wrap gap-2">
                <Button size="sm" variant="secondary" onClick={() => setEditing(q.id)} aria-label={`Edit question ${i + 1}`}>
                  Edit
                </Button>
                {q.status !== "approved" ? (
                  <Button size="sm" onClick={() => run({ type: "approve" }, [q.id])} disabled={pending} aria-label={`Approve question ${i + 1}`}>
                    Approve
                  </Button>
                ) : null}
                {q.status !== "rejected" ? (
                  <Button size="sm" variant="ghost" onClick={() => run({ type: "reject" }, [q.id])} disabled={pending} aria-label={`Reject question ${i + 1}`}>
                    Reject
                  </Button>
                ) : null}
                {canReorder ? (
                  <>
                    <Button size="sm" variant="ghost" onClick={() => move(q.id, "up")} disabled={pending || i === 0} aria-label={`Up: move question ${i + 1} up`}>
                      <span aria-hidden>↑</span> Up
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => move(q.id, "down")} disabled={pending || i === questions.length - 1} aria-label={`Down: move question ${i + 1} down`}>
                      <span aria-hidden>↓</span> Down
                    </Button>
                  </>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
