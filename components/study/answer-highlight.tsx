/** Where the answer sits in the sentence: a whole-word match first ("1" not inside "2011"), else any match. */
export function findAnswer(sentence: string, answer: string): [number, number] | null {
  const needle = answer.trim();
  if (!needle) return null;
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").exec(sentence);
  if (word) return [word.index, word.index + word[0].length];
  const at = sentence.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? null : [at, at + needle.length];
}

/** The source sentence with the answer marked, for the study card, the quiz results and the instructor's question review. */
export function AnswerHighlight({ sentence, answer }: { sentence: string; answer: string }) {
  const span = findAnswer(sentence, answer);
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
