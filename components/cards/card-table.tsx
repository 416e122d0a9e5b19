import Link from "next/link";
import { formatInterval, stateName } from "@/components/progress/review-history-table";
import { Badge } from "@/components/ui/badge";
import type { BrowsedCard } from "@/lib/server/cards/browse-cards";
import type { AuthoredQuestion } from "@/lib/server/cards/browse-authored-questions";

const th = "px-3 py-2 text-left font-medium whitespace-nowrap";
const td = "px-3 py-2 align-top";

/** A wide table scrolls inside its own focusable region, so a phone keeps the page width and keyboards can scroll it. */
function Scroller({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-xl ring-1 ring-slate-200 dark:ring-slate-800" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** The frame both tables share: a scroller, a captioned table, one header row from `columns`, the rows. */
function QuestionTable({ caption, testId, width, columns, children }: { caption: string; testId: string; width: string; columns: readonly (readonly [label: string, numeric?: boolean])[]; children: React.ReactNode }) {
  return (
    <Scroller label={caption}>
      <table className={`w-full ${width} border-collapse text-sm`} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            {columns.map(([label, numeric]) => (
              <th key={label} scope="col" className={numeric ? `${th} text-right` : th}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </Scroller>
  );
}

/** One question's row: its prompt is the row header and links to the card's page; `children` are the other cells. */
function QuestionRow({ questionId, prompt, children }: { questionId: string; prompt: string; children: React.ReactNode }) {
  return (
    <tr className="border-t border-slate-200 dark:border-slate-800">
      <th scope="row" className={`${td} text-left font-normal`}>
        <Link href={`/cards/${questionId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
          {prompt || "Untitled question"}
        </Link>
      </th>
      {children}
    </tr>
  );
}

const CARD_COLUMNS = [["Question"], ["Answer"], ["Deck"], ["State"], ["Due"], ["Lapses", true], ["Reviews", true]] as const;
const AUTHORED_COLUMNS = [["Question"], ["Answer"], ["Deck"], ["Kind"], ["Status"]] as const;

/** The learner's cards, one row each; the question links to the card's page (history, suspend, bury). */
export function CardTable({ rows, now, caption }: { rows: readonly BrowsedCard[]; now: Date; caption: string }) {
  return (
    <QuestionTable caption={caption} testId="card-table" width="min-w-[44rem]" columns={CARD_COLUMNS}>
      {rows.map((c) => {
        const dueIn = (c.due.getTime() - now.getTime()) / 86_400_000;
        return (
          <QuestionRow key={c.questionId} questionId={c.questionId} prompt={c.prompt}>
            <td className={td}>{c.answer}</td>
            <td className={td}>{c.deckTitle}</td>
            <td className={td}>
              <span className="flex flex-wrap gap-1">
                {stateName(c.state)}
                {c.suspended ? <Badge tone="amber">Suspended</Badge> : null}
                {c.buriedUntil ? <Badge>Buried</Badge> : null}
                {c.leech ? <Badge tone="red">Leech</Badge> : null}
              </span>
            </td>
            <td className={`${td} whitespace-nowrap`}>{c.state === 0 ? "—" : dueIn <= 0 ? "Now" : `in ${formatInterval(dueIn)}`}</td>
            <td className={`${td} text-right tabular-nums`}>{c.lapses}</td>
            <td className={`${td} text-right tabular-nums`}>{c.reps}</td>
          </QuestionRow>
        );
      })}
    </QuestionTable>
  );
}

/** An instructor's own questions found by the same search; each links to its card page (with the deck one click on). */
export function AuthoredTable({ rows, caption }: { rows: readonly AuthoredQuestion[]; caption: string }) {
  return (
    <QuestionTable caption={caption} testId="authored-table" width="min-w-[36rem]" columns={AUTHORED_COLUMNS}>
      {rows.map((q) => (
        <QuestionRow key={q.questionId} questionId={q.questionId} prompt={q.prompt}>
          <td className={td}>{q.answer}</td>
          <td className={td}>
            <Link href={`/instructor/decks/${q.deckId}`} className="underline-offset-2 hover:underline">
              {q.deckTitle}
            </Link>
          </td>
          <td className={td}>{q.kind.replace("_", " ")}</td>
          <td className={td}>{q.status}</td>
        </QuestionRow>
      ))}
    </QuestionTable>
  );
}
