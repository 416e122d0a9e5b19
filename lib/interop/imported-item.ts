/** One question read from a foreign file, before Briefdeck's own validation (lengths, tag rules). */
export type ImportedItem = {
  kind: "flashcard" | "cloze" | "typed" | "multiple_choice";
  prompt: string;
  answer: string;
  tags: string[];
  sourceSentence: string;
  /** Multiple choice only (Briefdeck's own CSV). */
  choices?: string[];
  /** Where it came from, for the import report ("note 1712… card 2", "row 14"). */
  origin: string;
};

/** Something left out of an import, and why; the import still goes ahead. */
export type SkippedItem = { item: string; reason: string };

export type ImportParseResult = {
  title: string;
  format: "anki2" | "anki21" | "anki21b" | "text";
  items: ImportedItem[];
  skipped: SkippedItem[];
};
