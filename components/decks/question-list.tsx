import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { articleSourceHref } from "@/lib/article-source-href";

const kindLabels: Record<string, string> = {
  flashcard: "Flashcard",
  multiple_choice: "Multiple choice",
  cloze: "Cloze",
  typed: "Typed answer",
};

export type QuestionListItem = {
  id: string;
  kind: string;
  prompt: string;
  answer: string;
  sourceSentence: string;
  sourceStart: number | null;
  sourceEnd: number | null;
  articleId: string | null;
  tags: string[];
};

export function QuestionList({ questions }: { questions: QuestionListItem[] }) {
  return (
    <ol className="space-y-3">
      {questions.map((q, i) => (
        <li key={q.id} className="rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <span className="font-mono text-slate-500 dark:text-slate-400">{i + 1}</span>
            <Badge>{kindLabels[q.kind] ?? q.kind}</Badge>
            {q.tags.slice(0, 4).map((t) => (
              <Badge key={t} tone="brand">
                {t}
              </Badge>
            ))}
          </div>
          <p className="mt-2 font-medium text-slate-900 dark:text-slate-100">{q.prompt}</p>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-brand-700 dark:text-brand-100">Show answer</summary>
            <p className="mt-2">
              <span className="font-semibold">Answer:</span> {q.answer}
            </p>
            {q.sourceSentence ? (
              <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 font-serif text-slate-700 dark:border-slate-600 dark:text-slate-300">
                {q.sourceSentence}{" "}
                {q.articleId ? (
                  <Link
                    className="text-xs text-brand-700 underline dark:text-brand-100"
                    href={articleSourceHref(q.articleId, q.sourceStart, q.sourceEnd)}
                  >
                    in context
                  </Link>
                ) : null}
              </blockquote>
            ) : null}
          </details>
        </li>
      ))}
    </ol>
  );
}
