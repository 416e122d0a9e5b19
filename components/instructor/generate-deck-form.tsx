"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/action";

type Format = "text" | "markdown" | "html";
type Mode = "comprehensive" | "confident";
type GenerateAction = (input: { text: string; format: Format; mode: Mode }) => Promise<ActionResult<{ deckId: string; questionCount: number }>>;

const MAX_BYTES = 1024 * 1024;

function formatOf(name: string): Format {
  if (/\.html?$/i.test(name)) return "html";
  if (/\.(md|markdown)$/i.test(name)) return "markdown";
  return "text";
}

/** Paste or upload an article; the server strips HTML, checks size, generates draft questions. */
export function GenerateDeckForm({ action }: { action: GenerateAction }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [format, setFormat] = useState<Format>("text");
  // Confident first: on articles no one had tuned on, blind readers accepted 15 of its 34 questions and none of 30
  // drawn from the many-drafts mode (docs/generator-quality.md, round 4).
  const [mode, setMode] = useState<Mode>("confident");
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        if (!text.trim()) return setError("The article is empty. Paste its text or choose a file.");
        if (new Blob([text]).size > MAX_BYTES) return setError("The article is larger than 1 MB. Paste only the article text.");
        startTransition(async () => {
          const result = await action({ text, format, mode });
          if (!result.ok) setError(result.error);
          else router.push(`/instructor/decks/${result.data.deckId}?status=draft`);
        });
      }}
    >
      <Field
        id="article-text"
        label="Article text"
        hint="Paste the article. For a web page, open it, select the article text and paste it here — Briefdeck never fetches URLs."
      >
        <Textarea
          id="article-text"
          name="text"
          rows={14}
          value={text}
          aria-describedby="article-text-hint"
          onChange={(e) => {
            setText(e.target.value);
            setFormat(fileName ? format : "text");
          }}
          placeholder={"Headline\n\nBy Author\n\nMarch 14, 2025\n\nFirst paragraph…"}
        />
      </Field>
      <Field id="article-file" label="…or upload a file" hint=".txt, .md or .html, up to 1 MB. HTML tags are removed on the server.">
        <Input
          id="article-file"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          aria-describedby="article-file-hint"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            setError(null);
            if (!file) return;
            if (file.size > MAX_BYTES) {
              setError(`${file.name} is larger than 1 MB.`);
              e.target.value = "";
              return;
            }
            setFileName(file.name);
            setFormat(formatOf(file.name));
            setText(await file.text());
          }}
        />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Questions to draft</legend>
        {(
          [
            ["confident", "Only confident questions", "Fewer, shorter questions that name what they ask about; some facts are not asked."],
            ["comprehensive", "Many drafts to review", "Asks about most facts in the article; expect to edit or reject many."],
          ] as const
        ).map(([value, label, hint]) => (
          <label key={value} className="flex items-start gap-2 text-sm">
            <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} className="mt-1" />
            <span>
              <span className="font-medium">{label}</span>
              <span className="block text-slate-600 dark:text-slate-400">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {fileName ? <p className="text-sm text-slate-600 dark:text-slate-400">Loaded {fileName} ({format}).</p> : null}
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      ) : null}
      <Button type="submit" size="lg" disabled={pending} aria-busy={pending}>
        {pending ? "Generating questions…" : "Generate draft deck"}
      </Button>
    </form>
  );
}
