"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";

type ImportResult = { ok: true; imported: number } | { ok: false; errors: { line: number; reason: string }[] };

/** Upload a CSV; all rows go in together, or nothing does and every bad row is listed. */
export function CsvImportForm({ deckId, action }: { deckId: string; action: (input: { deckId: string; csv: string }) => Promise<ActionResult<ImportResult>> }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<{ line: number; reason: string }[]>([]);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-3"
      aria-label="Import questions from CSV"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        setRowErrors([]);
        if (!file) return setMessage("Choose a .csv file first.");
        if (file.size > 2 * 1024 * 1024) return setMessage("The CSV file is larger than 2 MB.");
        startTransition(async () => {
          const result = await action({ deckId, csv: await file.text() });
          if (!result.ok) return setMessage(result.error);
          if (!result.data.ok) {
            setMessage(`Nothing was imported: ${result.data.errors.length} row${result.data.errors.length === 1 ? "" : "s"} need fixing.`);
            setRowErrors(result.data.errors);
            return;
          }
          setMessage(`Imported ${result.data.imported} question${result.data.imported === 1 ? "" : "s"}.`);
          router.refresh();
        });
      }}
    >
      <Field id="csv-file" label="CSV file" hint="Columns: front,back,kind,choices,tags,source — choices and tags separated by |. kind: flashcard, multiple_choice, cloze or typed.">
        <Input id="csv-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} aria-describedby="csv-file-hint" />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
        {pending ? "Importing…" : "Import CSV"}
      </Button>
      {message ? (
        <div role={rowErrors.length || !message.startsWith("Imported") ? "alert" : "status"} className="space-y-1 text-sm">
          <p className={message.startsWith("Imported") ? "text-emerald-800 dark:text-emerald-300" : "text-red-700 dark:text-red-400"}>{message}</p>
          {rowErrors.length ? (
            <ul className="list-disc pl-5 text-red-700 dark:text-red-400">
              {rowErrors.map((r) => (
                <li key={r.line}>
                  Line {r.line}: {r.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
