/** The source sentence with the answer marked (first case-insensitive occurrence). */
export function AnswerHighlight({ sentence, answer }: { sentence: string; answer: string }) {
  const at = answer.trim() ? sentence.toLowerCase().indexOf(answer.trim().toLowerCase()) : -1;
  if (at < 0) return <>{sentence}</>;
  const end = at + answer.trim().length;
  return (
    <>
      {sentence.slice(0, at)}
      <mark className="answer-highlight">{sentence.slice(at, end)}</mark>
      {sentence.slice(end)}
    </>
  );
}
