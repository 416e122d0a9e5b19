"use client";
import { useCallback, useState } from "react";

export type SeparatorChoice = "auto" | "tab" | "comma" | "semicolon" | "newline" | "custom";
export type PreviewRow = { kind: string; prompt: string; answer: string };
export type Skipped = { item: string; reason: string };
export type Preview = {
  format: string;
  title: string;
  separators: { field: string; row: string } | null;
  questions: number;
  preview: PreviewRow[];
  skipped: Skipped[];
  skippedCount: number;
};
export type Imported = { deckId: string; questions: number; skipped: Skipped[]; skippedCount: number };

const SEPARATORS: Record<Exclude<SeparatorChoice, "auto" | "custom">, string> = { tab: "\t", comma: ",", semicolon: ";", newline: "\n" };

function separatorValue(choice: SeparatorChoice, custom: string): string {
  if (choice === "auto") return "auto";
  if (choice === "custom") return custom || "auto";
  return SEPARATORS[choice];
}

/** State and requests of the import screen: nothing is saved until `create` runs after a preview. */
export function useDeckImport() {
  const [source, setSource] = useState<"file" | "paste">("file");
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [field, setField] = useState<SeparatorChoice>("auto");
  const [customField, setCustomField] = useState("");
  const [row, setRow] = useState<SeparatorChoice>("auto");
  const [customRow, setCustomRow] = useState("");
  const [title, setTitle] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"preview" | "import" | null>(null);

  const send = useCallback(
    async (path: string, overrides: { file?: File | null } = {}) => {
      const chosen = overrides.file !== undefined ? overrides.file : file;
      const body: Blob | null = source === "file" ? chosen : text.trim() ? new Blob([text], { type: "text/plain" }) : null;
      if (!body) throw new Error(source === "file" ? "Choose a file first." : "Paste some rows first.");
      const query = new URLSearchParams({ field: separatorValue(field, customField), row: separatorValue(row, customRow) });
      if (source === "paste") query.set("format", "text");
      else if (chosen) query.set("fileName", chosen.name);
      if (title.trim()) query.set("title", title.trim());
      const response = await fetch(`${path}?${query}`, { method: "POST", body, headers: { "content-type": "application/octet-stream" } });
      const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (!response.ok) throw new Error(typeof json.error === "string" ? json.error : "The import failed; nothing was saved.");
      return json;
    },
    [source, file, text, field, customField, row, customRow, title],
  );

  const runPreview = useCallback(
    async (overrides: { file?: File | null } = {}) => {
      setBusy("preview");
      setError(null);
      setImported(null);
      try {
        setPreview((await send("/api/decks/import/preview", overrides)) as unknown as Preview);
      } catch (e) {
        setPreview(null);
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(null);
      }
    },
    [send],
  );

  const create = useCallback(async () => {
    if (busy) return; // a double click creates one deck
    setBusy("import");
    setError(null);
    try {
      setImported((await send("/api/decks/import")) as unknown as Imported);
      setPreview(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }, [busy, send]);

  const chooseFile = useCallback(
    (next: File | null) => {
      setFile(next);
      setPreview(null);
      if (next) void runPreview({ file: next });
    },
    [runPreview],
  );

  const changed = <T,>(setter: (v: T) => void) => (value: T) => {
    setter(value);
    setPreview(null);
  };

  return {
    source, setSource: changed(setSource), file, chooseFile, text, setText: changed(setText),
    field, setField: changed(setField), customField, setCustomField: changed(setCustomField),
    row, setRow: changed(setRow), customRow, setCustomRow: changed(setCustomRow),
    title, setTitle, preview, imported, error, busy, runPreview, create,
  };
}
