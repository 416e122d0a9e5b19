/**
 * The sentence with the span marked. Its own module, apart from the matcher (answer-highlight.tsx): the study
 * card gets the span from the server (StudyCardView.sourceAnswerSpan), so the study page ships no matching code.
 */
export function MarkedSentence({ sentence, span }: { sentence: string; span: readonly [number, number] | null }) {
  if (!span) return <>{sentence}</>;
  const [start, end] = span;
  return (
    <>
      {sentence.slice(0, start)}
      <mark className="answer-highlight">{sentence.slice(start, end)}</mark>
      {sentence.slice(end)}
    </>
  );
}
