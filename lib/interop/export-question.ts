/** A Briefdeck question as the writers need it. */
export type ExportQuestion = {
  id: string;
  kind: string;
  prompt: string;
  answer: string;
  choices: string[];
  tags: string[];
  sourceSentence: string;
};
