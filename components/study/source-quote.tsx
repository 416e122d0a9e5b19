import { cn } from "@/components/ui/cn";
import { MarkedSentence } from "./marked-sentence";

/** The article sentence a question came from, answer marked (span: where, from findAnswer), with a link to it in the article. */
export function SourceQuote({ sentence, span, href, className, testId }: { sentence: string; span: readonly [number, number] | null; href: string | null; className?: string; testId?: string }) {
  return (
    <blockquote className={cn("border-l-4 border-slate-300 pl-3 text-slate-800 dark:border-slate-600 dark:text-slate-200", className)} data-testid={testId}>
      <p>
        <MarkedSentence sentence={sentence} span={span} />
      </p>
      {href ? (
        <a href={href} className="mt-1 inline-block text-sm text-brand-700 underline underline-offset-2 dark:text-brand-100">
          Read it in the article
        </a>
      ) : null}
    </blockquote>
  );
}
