"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";
import { QuestionPreview } from "./question-preview";

export type EditorQuestion = {
  id?: string;
  kind: string;
  prompt: string;
  answer: string;
  choices: string[];
  acceptedAnswers: string[];
  tags: string[];
  sourceSentence: string;
  updatedAt?: string;
};

type Content = { kind: string; prompt: string; answer: string; choices: string[]; acceptedAnswers: string[]; tags: string[]; sourceSentence: string };
type CreateAction = (input: { deckId: string; content: Content }) => Promise<ActionResult<unknown>>;
type UpdateAction = (input: { questionId: string; content: Content; expectedUpdatedAt: string; resetProgress: boolean }) => Promise<ActionResult<unknown>>;

const kinds = [
  ["flashcard", "Flashcard"],
  ["multiple_choice", "Multiple choice"],
  ["cloze", "Cloze (fill the blank)"],
  ["typed", "Typed answer"],
] as const;

/** Create or edit one question of any kind, with a live learner preview. */
export function QuestionEditor({
  deckId,
  initial,
  createAction,
  updateAction,
  onDone,
}: {
  deckId: string;
  initial?: EditorQuestion;
  createAction: CreateAction;
  updateAction: UpdateAction;
  onDone?: () => void;
}) {
  const router = useRouter();
  const idp = initial?.id ? `q-${initial.id}` : "q-new";
  const [kind, setKind] = useState(initial?.kind ?? "flashcard");
  const [prompt, setPrompt] = useState(initial?.prompt ?? "");
  const [answer, setAnswer] = useState(initial?.answer ?? "");
  const [choices, setChoices] = useState<string[]>(() => {
    const c = [...(initial?.choices ?? [])];
    while (c.length < 4) c.push("");
    return c.slice(0, 4);
  });
  const [accepted, setAccepted] = useState((initial?.acceptedAnswers ?? []).join("\n"));
  const [tags, setTags] = useState((initial?.tags ?? []).join(", "));
  const [source, setSource] = useState(initial?.sourceSentence ?? "");
  const [reset, setReset] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  const content: Content = {
    kind,
    prompt,
    answer,
    choices: kind === "multiple_choice" ? choices.map((c) => c.trim()) : [],
    acceptedAnswers: kind === "typed" || kind === "cloze" ? accepted.split("\n").map((s) => s.trim()).filter(Boolean) : [],
    tags: tags.split(",").map((s) => s.trim()).filter(Boolean),
    sourceSentence: source,
  };
  const err = (k: string) => errors[`content.${k}`];
  const described = (k: string, hint = false) => (err(k) ? `${idp}-${k}-error` : hint ? `${idp}-${k}-hint` : undefined);

  return (
    <form
      className="grid gap-4 lg:grid-cols-2"
      aria-label={initial?.id ? "Edit question" : "New question"}
      onSubmit={(e) => {
        e.preventDefault();
        setErrors({});
        setMessage(null);
        startTransition(async () => {
          const result = initial?.id
            ? await updateAction({ questionId: initial.id, content, expectedUpdatedAt: initial.updatedAt ?? "", resetProgress: reset })
            : await createAction({ deckId, content });
          if (!result.ok) {
            setErrors(result.fieldErrors ?? {});
            setMessage({ text: result.error, failed: true });
            return;
          }
          if (!initial?.id) {
            setPrompt("");
            setAnswer("");
            setChoices(["", "", "", ""]);
            setAccepted("");
            setSource("");
          }
          setMessage({ text: initial?.id ? "Saved." : "Question added.", failed: false });
          router.refresh();
          onDone?.();
        });
      }}
    >
      <div className="space-y-3">
        <Field id={`${idp}-kind`} label="Kind">
          <Select id={`${idp}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
            {kinds.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${idp}-prompt`} label={kind === "cloze" ? "Sentence with a blank" : "Prompt (front)"} hint={kind === "cloze" ? "Mark the blank with […] or ____." : undefined} error={err("prompt")}>
          <Textarea id={`${idp}-prompt`} rows={3} value={prompt} maxLength={1000} onChange={(e) => setPrompt(e.target.value)} aria-invalid={Boolean(err("prompt"))} aria-describedby={described("prompt", kind === "cloze")} />
        </Field>
        <Field id={`${idp}-answer`} label="Answer (back)" hint={kind === "multiple_choice" ? "Must be exactly one of the four choices." : undefined} error={err("answer")}>
          <Input id={`${idp}-answer`} value={answer} maxLength={300} onChange={(e) => setAnswer(e.target.value)} aria-invalid={Boolean(err("answer"))} aria-describedby={described("answer", kind === "multiple_choice")} />
        </Field>
        {kind === "multiple_choice" ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Choices (the answer plus 3 distractors)</legend>
            {choices.map((c, i) => (
              <div key={i} className="flex items-center gap-2">
                <label htmlFor={`${idp}-choice-${i}`} className="w-20 shrink-0 text-sm text-slate-700 dark:text-slate-300">
                  Choice {i + 1}
                </label>
                <Input
                  id={`${idp}-choice-${i}`}
                  value={c}
                  maxLength={300}
                  onChange={(e) => setChoices(choices.map((x, j) => (j === i ? e.target.value : x)))}
                />
                <Button size="sm" variant="ghost" title="Use this choice as the answer" onClick={() => setAnswer(c)} disabled={!c.trim()}>
                  <span aria-hidden>✓</span>
                  <span className="sr-only">Use choice {i + 1} as the answer</span>
                </Button>
              </div>
            ))}
            {err("choices") ? (
              <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                {err("choices")![0]}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {kind === "typed" || kind === "cloze" ? (
          <Field id={`${idp}-accepted`} label="Accepted alternatives" hint="One per line, e.g. “US” for “United States”." error={err("acceptedAnswers")}>
            <Textarea id={`${idp}-accepted`} rows={2} value={accepted} onChange={(e) => setAccepted(e.target.value)} aria-describedby={described("acceptedAnswers", true)} />
          </Field>
        ) : null}
        <Field id={`${idp}-tags`} label="Tags" hint="Comma separated." error={err("tags")}>
          <Input id={`${idp}-tags`} value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby={described("tags", true)} />
        </Field>
        <Field id={`${idp}-source`} label="Source sentence" hint="Optional: the sentence of the article this question comes from." error={err("sourceSentence")}>
          <Textarea id={`${idp}-source`} rows={2} value={source} maxLength={2000} onChange={(e) => setSource(e.target.value)} aria-describedby={described("sourceSentence", true)} />
        </Field>
        {initial?.id ? (
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-1 size-4" checked={reset} onChange={(e) => setReset(e.target.checked)} />
            <span>
              Reset learners’ progress on this question if the answer changed
              <span className="block text-xs text-slate-600 dark:text-slate-400">Their review history is kept; their card starts over as new.</span>
            </span>
          </label>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? "Saving…" : initial?.id ? "Save question" : "Add question"}
          </Button>
          {onDone && initial?.id ? (
            <Button variant="ghost" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
          {message ? (
            <p role={message.failed ? "alert" : "status"} className={message.failed ? "text-sm text-red-700 dark:text-red-400" : "text-sm text-slate-700 dark:text-slate-300"}>
              {message.text}
            </p>
          ) : null}
        </div>
      </div>
      <QuestionPreview q={{ kind, prompt, answer, choices: content.choices, acceptedAnswers: content.acceptedAnswers }} />
    </form>
  );
}
