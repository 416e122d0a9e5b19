import { Badge } from "@/components/ui/badge";

export type PreviewQuestion = { kind: string; prompt: string; answer: string; choices: string[]; acceptedAnswers: string[] };

/** How the learner will see the card: front first, then the back after answering. Static (no grading). */
export function QuestionPreview({ q }: { q: PreviewQuestion }) {
  return (
    <div className="space-y-3 self-start rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 dark:bg-slate-950 dark:ring-slate-800" aria-label="Learner preview" role="group">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Learner preview</p>
      <p className="font-medium text-slate-900 dark:text-slate-100">{q.prompt || <span className="text-slate-600 dark:text-slate-400">(no prompt yet)</span>}</p>
      {q.kind === "multiple_choice" ? (
        <ul className="grid gap-2 sm:grid-cols-2">
          {q.choices.map((c, i) => (
            <li key={i} className="rounded-lg bg-white px-3 py-2 text-sm ring-1 ring-slate-300 dark:bg-slate-900 dark:ring-slate-700">
              {c || <span className="text-slate-600 dark:text-slate-400">(empty choice)</span>}
            </li>
          ))}
        </ul>
      ) : q.kind === "typed" || q.kind === "cloze" ? (
        <div className="rounded-lg bg-white px-3 py-2 text-sm text-slate-500 ring-1 ring-slate-300 dark:bg-slate-900 dark:text-slate-400 dark:ring-slate-700">Type your answer…</div>
      ) : (
        <div className="text-sm text-slate-600 dark:text-slate-400">Learner thinks of the answer, then reveals it and rates themselves.</div>
      )}
      <div className="border-t border-slate-200 pt-2 text-sm dark:border-slate-800">
        <span className="font-semibold">Answer: </span>
        {q.answer}
        {q.acceptedAnswers.length ? (
          <span className="ml-2 inline-flex flex-wrap gap-1">
            {q.acceptedAnswers.map((a) => (
              <Badge key={a}>also: {a}</Badge>
            ))}
          </span>
        ) : null}
      </div>
    </div>
  );
}
