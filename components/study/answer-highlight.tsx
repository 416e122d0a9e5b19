import { findAnswer } from "@/lib/content/find-answer";
import { MarkedSentence } from "./marked-sentence";

/** The source sentence with the answer marked, found here: for the quiz results and the instructor's question review. */
export function AnswerHighlight({ sentence, answer }: { sentence: string; answer: string }) {
  return <MarkedSentence sentence={sentence} span={findAnswer(sentence, answer)} />;
}
