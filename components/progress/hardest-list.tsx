import Link from "next/link";
import { percent } from "@/components/charts/format";
import { buttonClasses } from "@/components/ui/button";
import type { HardQuestion } from "@/lib/server/progress/get-progress-stats";
import { QuestionList } from "./question-list";

/** The learner's most-forgotten questions, each with a way to study its deck now and a link to the card's history. */
export function HardestList({ items }: { items: readonly HardQuestion[] }) {
  return (
    <QuestionList
      items={items}
      empty="No lapses yet — nothing you keep forgetting."
      testId="hardest-list"
      align="center"
      title={(q) => q.prompt || "Untitled question"}
      detail={(q) => (
        <>
          {q.deckTitle} · {q.lapses} {q.lapses === 1 ? "lapse" : "lapses"} · {q.againCount} × Again in {q.attempts} answers · recall now {percent(q.retrievability)}
        </>
      )}
      actions={(q) => (
        <Link href={`/cards/${q.questionId}`} className={buttonClasses("secondary", "sm")}>
          History<span className="sr-only"> of “{q.prompt}”</span>
        </Link>
      )}
    />
  );
}
