/** The source sentence with the answer marked, so a reviewer sees at a glance what is being asked. */
export function HighlightAnswer({ sentence, answer }: { sentence: string; answer: string }) {
  const i = answer ? sentence.toLowerCase().indexOf(answer.toLowerCase()) : -1;
  if (i < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, i)}
      <mark className="rounded bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-500/40 dark:text-amber-50">{sentence.slice(i, i + answer.length)}</mark>
      {sentence.slice(i + answer.length)}
    </>
  );
}
