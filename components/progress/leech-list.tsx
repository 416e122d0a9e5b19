import Link from "next/link";
import { CardFlagControls } from "@/components/study/card-flag-controls";
import type { LeechView } from "@/lib/server/progress/get-progress-stats";
import { QuestionList } from "./question-list";

/** Cards forgotten again and again (8+ lapses): each can be unsuspended or studied now, on purpose. */
export function LeechList({ items, timeZone }: { items: readonly LeechView[]; timeZone: string }) {
  return (
    <QuestionList
      items={items}
      empty="No leeches: no card has lapsed 8 times."
      testId="leech-list"
      align="start"
      title={(q) => (
        <Link href={`/cards/${q.questionId}`} className="underline-offset-2 hover:underline">
          {q.prompt || "Untitled question"}
        </Link>
      )}
      detail={(q) => (
        <>
          {q.deckTitle} · {q.lapses} lapses · {q.suspended ? "suspended" : "in your reviews"}
        </>
      )}
      actions={(q) =>
        q.suspended ? <CardFlagControls questionId={q.questionId} timeZone={timeZone} flags={{ version: q.version, suspended: true, buriedUntil: null }} only="suspend" /> : null
      }
    />
  );
}
