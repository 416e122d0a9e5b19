"use client";
import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { useDeckImport, type SeparatorChoice, type Skipped } from "./use-deck-import";

const KIND_LABEL: Record<string, string> = { flashcard: "Flashcard", cloze: "Fill in the blank", typed: "Type the answer", multiple_choice: "Multiple choice" };

function separatorLabel(sep: string): string {
  return sep === "\t" ? "tab" : sep === "," ? "comma" : sep === ";" ? "semicolon" : sep === "\n" ? "new line" : `“${sep}”`;
}

function SkippedList({ items, count }: { items: Skipped[]; count: number }) {
  if (count === 0) return null;
  return (
    <details className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-900">
      <summary className="cursor-pointer font-medium">{count === 1 ? "1 item left out" : `${count} items left out`} (images, audio, empty or over-long fields)</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((s, i) => (
          <li key={i}>
            <span className="font-medium">{s.item}</span>: {s.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

function SeparatorSelect(props: { id: string; label: string; value: SeparatorChoice; onChange: (v: SeparatorChoice) => void; custom: string; onCustom: (v: string) => void; options: SeparatorChoice[] }) {
  const names: Record<SeparatorChoice, string> = { auto: "Detect automatically", tab: "Tab", comma: "Comma", semicolon: "Semicolon", newline: "New line", custom: "Custom…" };
  return (
    <div className="space-y-2">
      <Field id={props.id} label={props.label}>
        <Select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value as SeparatorChoice)}>
          {props.options.map((o) => (
            <option key={o} value={o}>
              {names[o]}
            </option>
          ))}
        </Select>
      </Field>
      {props.value === "custom" ? (
        <Field id={`${props.id}-custom`} label={`Custom ${props.label.toLowerCase()}`} hint="1 to 10 characters, e.g. “ - ”">
          <Input id={`${props.id}-custom`} value={props.custom} maxLength={10} onChange={(e) => props.onCustom(e.target.value)} />
        </Field>
      ) : null}
    </div>
  );
}

/** Upload or paste → preview of the first rows → create a private deck. Nothing is saved before "Create deck". */
export function DeckImportForm() {
  const s = useDeckImport();
  const isApkg = s.source === "file" && (s.file?.name.toLowerCase().endsWith(".apkg") ?? false);
  return (
    <div className="space-y-6">
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Source</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="source" value="file" checked={s.source === "file"} onChange={() => s.setSource("file")} /> Upload a file
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="source" value="paste" checked={s.source === "paste"} onChange={() => s.setSource("paste")} /> Paste text
          </label>
        </div>
        {s.source === "file" ? (
          <Field id="import-file" label="File" hint="Anki package (.apkg), Quizlet or Anki text export (.txt, .tsv), or Briefdeck CSV. Up to 50 MB.">
            <Input id="import-file" type="file" accept=".apkg,.txt,.tsv,.csv,text/plain,text/csv,text/tab-separated-values" onChange={(e) => s.chooseFile(e.target.files?.[0] ?? null)} />
          </Field>
        ) : (
          <Field id="import-text" label="Rows" hint="One term and its definition per row, e.g. copied from Quizlet's export box.">
            <Textarea id="import-text" rows={8} value={s.text} onChange={(e) => s.setText(e.target.value)} placeholder={"hola\thello\ngato\tcat"} className="font-mono text-sm" />
          </Field>
        )}
      </fieldset>

      {!isApkg ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SeparatorSelect id="field-separator" label="Between term and definition" value={s.field} onChange={s.setField} custom={s.customField} onCustom={s.setCustomField} options={["auto", "tab", "comma", "semicolon", "custom"]} />
          <SeparatorSelect id="row-separator" label="Between rows" value={s.row} onChange={s.setRow} custom={s.customRow} onCustom={s.setCustomRow} options={["auto", "newline", "semicolon", "custom"]} />
        </div>
      ) : null}

      <Field id="import-title" label="Deck title" hint="Leave empty to use the package's deck name.">
        <Input id="import-title" value={s.title} maxLength={200} onChange={(e) => s.setTitle(e.target.value)} />
      </Field>

      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => void s.runPreview()} disabled={s.busy !== null}>
          {s.busy === "preview" ? "Reading…" : "Preview"}
        </Button>
        <Button onClick={() => void s.create()} disabled={s.busy !== null || !s.preview || s.preview.questions === 0}>
          {s.busy === "import" ? "Creating…" : "Create deck"}
        </Button>
      </div>

      <div aria-live="polite" className="space-y-4">
        {s.error ? (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200 dark:bg-red-950/40 dark:text-red-200 dark:ring-red-900">
            {s.error}
          </p>
        ) : null}
        {s.preview ? (
          <section aria-labelledby="preview-heading" className="space-y-3">
            <h2 id="preview-heading" className="text-lg font-semibold">
              Preview: {s.preview.questions === 1 ? "1 question" : `${s.preview.questions} questions`}
            </h2>
            {s.preview.separators ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Terms and definitions split on {separatorLabel(s.preview.separators.field)}, rows on {separatorLabel(s.preview.separators.row)}.
              </p>
            ) : null}
            <div className="overflow-x-auto rounded-lg ring-1 ring-slate-200 dark:ring-slate-800">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">First rows of the import</caption>
                <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">Kind</th>
                    <th scope="col" className="px-3 py-2 font-medium">Front</th>
                    <th scope="col" className="px-3 py-2 font-medium">Back</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950">
                  {s.preview.preview.map((r, i) => (
                    <tr key={i}>
                      <td className="whitespace-nowrap px-3 py-2 text-slate-600 dark:text-slate-400">{KIND_LABEL[r.kind] ?? r.kind}</td>
                      <td className="whitespace-pre-line px-3 py-2">{r.prompt}</td>
                      <td className="whitespace-pre-line px-3 py-2">{r.answer}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <SkippedList items={s.preview.skipped} count={s.preview.skippedCount} />
          </section>
        ) : null}
        {s.imported ? (
          <section aria-labelledby="imported-heading" className="space-y-3 rounded-lg bg-green-50 p-4 ring-1 ring-green-200 dark:bg-green-950/40 dark:ring-green-900">
            <h2 id="imported-heading" className="text-lg font-semibold text-green-900 dark:text-green-100">
              Deck created with {s.imported.questions === 1 ? "1 question" : `${s.imported.questions} questions`}
            </h2>
            <p className="text-sm text-green-900 dark:text-green-100">It is private: only you can see and study it.</p>
            <div className="flex flex-wrap gap-3">
              <Link href={`/study/${s.imported.deckId}`} className={buttonClasses("primary")}>
                Study now
              </Link>
              <Link href={`/decks/${s.imported.deckId}`} className={buttonClasses("secondary")}>
                Open deck
              </Link>
            </div>
            <SkippedList items={s.imported.skipped} count={s.imported.skippedCount} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
