import Link from "next/link";
import { SourceQuote } from "@/components/study/source-quote";
import { buttonClasses } from "@/components/ui/button";
import { findAnswer } from "@/lib/content/find-answer";
import { Card } from "@/components/ui/card";
import type { QuizResult } from "@/lib/server/quiz/quiz-types";

/** Score plus every question, each wrong one explained by its source sentence. */
export function QuizResults({ result, deckId, onRestart }: { result: QuizResult; deckId: string; onRestart: () => void }) {
  const pct = result.total ? Math.round((result.score / result.total) * 100) : 0;
  return (
    <div className="space-y-4">
      <Card className="space-y-2">
        <h2 id="quiz-score" tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          Your score: <span data-testid="quiz-score">{result.score} / {result.total}</span> ({pct}%)
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {result.countAsReview ? "These answers were also counted as study reviews." : "This quiz did not change your study schedule."}
        </p>
        <div className="flex flex-wrap gap-2 pt-1">
          <button type="button" className={buttonClasses("primary")} onClick={onRestart}>
            New quiz
          </button>
          <Link href={`/study/${deckId}`} className={buttonClasses("secondary")}>
            Study this deck
          </Link>
        </div>
      </Card>
      <ol className="space-y-3" aria-label="Answers">
        {result.items.map((item, i) => (
          <li key={item.questionId} data-testid="quiz-result-item" data-correct={item.correct}>
            <Card className="space-y-2">
              <p className="text-sm font-semibold">
                {i + 1}.{" "}
                <span className={item.correct ? "text-green-800 dark:text-green-300" : "text-red-800 dark:text-red-300"}>
                  {item.correct ? "✓ Correct" : "✗ Wrong"}
                </span>
              </p>
              <p>{item.prompt}</p>
              <p className="text-sm">
                Your answer: <span className="font-medium">{item.yourAnswer ? item.yourAnswer : "(no answer)"}</span>
                {item.correct ? null : (
                  <>
                    {" "}· Correct answer: <span className="font-semibold">{item.correctAnswer}</span>
                  </>
                )}
              </p>
              {!item.correct && item.sourceSentence ? (
                <SourceQuote sentence={item.sourceSentence} span={findAnswer(item.sourceSentence, item.correctAnswer)} href={item.sourceHref} className="text-sm" testId="quiz-explanation" />
              ) : null}
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
