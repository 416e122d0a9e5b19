const FORMATS = [
  { format: "apkg", label: "Anki (.apkg)" },
  { format: "tsv", label: "Quizlet (.tsv)" },
  { format: "csv", label: "CSV" },
] as const;

/** Plain download links to the export route (works without JavaScript). */
export function DeckExportLinks({ deckId, title }: { deckId: string; title: string }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={`Export ${title}`}>
      {FORMATS.map((f) => (
        <li key={f.format}>
          <a href={`/api/decks/${encodeURIComponent(deckId)}/export?format=${f.format}`} download className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
            {f.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
