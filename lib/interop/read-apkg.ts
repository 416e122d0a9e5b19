import Database from "better-sqlite3";
import { decompressZstd } from "./decompress-zstd";
import { readDeckName, readNoteTypes, type AnkiNoteType } from "./anki-note-types";
import { clozeNumbers, parseCloze, parseTemplate, renderCloze, renderTemplate, templateFields } from "./anki-template";
import { htmlToText } from "./html-to-text";
import type { ImportedItem, ImportParseResult, SkippedItem } from "./imported-item";
import { InteropError } from "./interop-error";
import { DEFAULT_IMPORT_LIMITS, formatBytes, type ImportLimits } from "./limits";
import { readProtobuf, protoNumber } from "./read-protobuf";
import { readZipEntries } from "./read-zip-entries";

const COLLECTIONS = ["collection.anki21b", "collection.anki21", "collection.anki2"] as const;
const FIELD_SEPARATOR = "\u001f";
/** Fields whose text is context for the answer rather than the answer itself. */
const EXTRA_FIELD = /^(back extra|extra|source|notes?|context)$/i;
const MEDIA_REASON = "images, audio and video are not imported yet";

type NoteRow = { id: string; mid: string; tags: string; flds: string };

function openCollection(bytes: Uint8Array): Database.Database {
  const header = Buffer.from(bytes.subarray(0, 16)).toString("latin1");
  if (header !== "SQLite format 3\u0000") throw new InteropError("The package's collection is not an SQLite database; the file is not a valid Anki package.");
  try {
    // Deserialised into memory: no temporary file, nothing named by the package touches the disk.
    const db = new Database(Buffer.from(bytes));
    db.pragma("query_only = ON");
    return db;
  } catch {
    throw new InteropError("The package's collection is not a readable SQLite database.");
  }
}

function pickCollection(entries: Map<string, Buffer>): { name: (typeof COLLECTIONS)[number]; bytes: Buffer } {
  const meta = entries.get("meta");
  if (meta) {
    // Anki 2.1.50+ writes `meta` (protobuf, field 1 = version: 1 anki2, 2 anki21, 3 anki21b).
    let version = 0;
    try {
      version = protoNumber(readProtobuf(meta), 1);
    } catch {
      throw new InteropError("The package's version information (meta) cannot be read.");
    }
    const name = version === 3 ? "collection.anki21b" : version === 2 ? "collection.anki21" : version === 1 ? "collection.anki2" : null;
    if (!name) throw new InteropError("The package was written by a newer Anki than this importer understands.");
    const bytes = entries.get(name);
    if (!bytes) throw new InteropError(`The package is missing its collection (${name}).`);
    return { name, bytes };
  }
  for (const name of COLLECTIONS) {
    const bytes = entries.get(name);
    if (bytes) return { name, bytes };
  }
  throw new InteropError("The file is a zip but not an Anki package: it holds no collection.anki2, collection.anki21 or collection.anki21b.");
}

function text(html: string, media: Set<string>): string {
  const result = htmlToText(html);
  for (const file of result.media) media.add(file);
  return result.text;
}

function tagsOf(raw: string): string[] {
  return raw.split(/\s+/).filter(Boolean);
}

/** The questions one note makes: one per generated card. */
function noteQuestions(note: NoteRow, type: AnkiNoteType, values: Map<string, string>, media: Set<string>): { items: Omit<ImportedItem, "tags">[]; skipped: SkippedItem[] } {
  const items: Omit<ImportedItem, "tags">[] = [];
  const skipped: SkippedItem[] = [];
  const label = `note ${note.id}`;
  if (type.kind === "cloze") {
    const template = type.templates[0]!;
    const q = parseTemplate(template.qfmt);
    const qFields = templateFields(q);
    const clozeFields = qFields.filter((f) => f.filters.includes("cloze")).map((f) => f.name);
    const parsed = new Map(clozeFields.map((name) => [name, parseCloze(values.get(name) ?? "")]));
    const ords = new Set<number>();
    for (const nodes of parsed.values()) clozeNumbers(nodes, ords);
    const shown = new Set(qFields.map((f) => f.name));
    const source = templateFields(parseTemplate(template.afmt))
      .filter((f) => !shown.has(f.name))
      .map((f) => text(values.get(f.name) ?? "", media))
      .filter(Boolean)
      .join("\n");
    if (ords.size === 0) skipped.push({ item: label, reason: "a cloze note without any {{c1::…}} deletion" });
    for (const ord of [...ords].sort((a, b) => a - b)) {
      const answers: string[] = [];
      const html = renderTemplate(q, values, (name, filters) => {
        const nodes = parsed.get(name);
        if (!filters.includes("cloze") || !nodes) return filters.includes("type") ? "" : null;
        const rendered = renderCloze(nodes, ord);
        answers.push(...rendered.answers);
        return rendered.question;
      });
      const prompt = text(html, media);
      const answer = answers.map((a) => text(a, media)).filter(Boolean).join(" / ");
      if (!answer) skipped.push({ item: `${label} cloze ${ord}`, reason: "the deletion hides only an image or nothing" });
      else items.push({ kind: "cloze", prompt, answer, sourceSentence: source, origin: `${label} cloze ${ord}` });
    }
    return { items, skipped };
  }
  type.templates.forEach((template, ord) => {
    const where = type.templates.length > 1 ? `${label} card ${ord + 1} (${template.name})` : label;
    const q = parseTemplate(template.qfmt);
    const qFields = templateFields(q);
    const typedField = qFields.find((f) => f.filters.includes("type"))?.name;
    const html = renderTemplate(q, values, (_name, filters) => (filters.includes("type") ? "" : null));
    const front = htmlToText(html);
    // Anki creates no card for a template whose front renders empty ("Basic (optional reversed card)").
    if (!front.text && front.media.length === 0) return;
    for (const file of front.media) media.add(file);
    const prompt = front.text;
    if (!prompt) {
      skipped.push({ item: where, reason: "the front is only an image or a sound" });
      return;
    }
    const shown = new Set(qFields.filter((f) => !f.filters.includes("type")).map((f) => f.name));
    const back = templateFields(parseTemplate(template.afmt)).filter((f) => !shown.has(f.name) && !f.filters.includes("type"));
    const extra = back.filter((f) => EXTRA_FIELD.test(f.name) && f.name !== typedField);
    const main = back.filter((f) => !EXTRA_FIELD.test(f.name) && f.name !== typedField);
    const sourceSentence = extra.map((f) => text(values.get(f.name) ?? "", media)).filter(Boolean).join("\n");
    const answer = typedField
      ? text(values.get(typedField) ?? "", media)
      : [...new Set(main.map((f) => f.name))].map((name) => text(values.get(name) ?? "", media)).filter(Boolean).join("\n");
    if (!answer) {
      skipped.push({ item: where, reason: "the back is empty or only an image or a sound" });
      return;
    }
    items.push({ kind: typedField ? "typed" : "flashcard", prompt, answer, sourceSentence, origin: where });
  });
  return { items, skipped };
}

/**
 * Reads an Anki package (.apkg, any of the three collection formats) into questions and a report of what was
 * left out. Every limit applies while reading; a hostile or broken file raises InteropError with a message
 * that can be shown as is.
 */
export async function readApkg(file: Buffer, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<ImportParseResult> {
  if (file.length > limits.maxFileBytes) throw new InteropError(`The package is ${formatBytes(file.length)}; at most ${formatBytes(limits.maxFileBytes)} are accepted.`);
  const { entries } = await readZipEntries(file, new Set([...COLLECTIONS, "meta"]), limits);
  const picked = pickCollection(entries);
  entries.clear();
  const raw = picked.name === "collection.anki21b" ? decompressZstd(picked.bytes, limits.maxDecompressedBytes) : picked.bytes;
  const db = openCollection(raw);
  try {
    let types: Map<string, AnkiNoteType>;
    let noteCount: number;
    try {
      types = readNoteTypes(db);
      noteCount = (db.prepare("SELECT count(*) AS n FROM notes").get() as { n: number }).n;
    } catch (error) {
      if (error instanceof InteropError) throw error;
      throw new InteropError("The package's collection is damaged or is not an Anki collection.");
    }
    if (noteCount > limits.maxNotes) throw new InteropError(`The package holds ${noteCount} notes; at most ${limits.maxNotes} are accepted per import.`);
    const items: ImportedItem[] = [];
    const skipped: SkippedItem[] = [];
    const rows = db.prepare("SELECT CAST(id AS TEXT) AS id, CAST(mid AS TEXT) AS mid, tags, flds FROM notes ORDER BY id").iterate() as IterableIterator<NoteRow>;
    for (const note of rows) {
      if (typeof note.flds !== "string") throw new InteropError(`Note ${note.id} is damaged (its fields are not text).`);
      const type = types.get(note.mid);
      if (!type) throw new InteropError(`Note ${note.id} uses a note type that is not in the package, so it cannot be read.`);
      if (type.imageOcclusion) {
        skipped.push({ item: `note ${note.id}`, reason: "image occlusion notes are not supported" });
        continue;
      }
      const parts = note.flds.split(FIELD_SEPARATOR);
      const longest = parts.reduce((max, p) => Math.max(max, p.length), 0);
      if (longest > limits.maxFieldChars) {
        throw new InteropError(`Note ${note.id} has a field of ${longest.toLocaleString("en")} characters; at most ${limits.maxFieldChars.toLocaleString("en")} are accepted.`);
      }
      const values = new Map(type.fields.map((name, i) => [name, parts[i] ?? ""]));
      const media = new Set<string>();
      const made = noteQuestions(note, type, values, media);
      const tags = tagsOf(typeof note.tags === "string" ? note.tags : "");
      for (const item of made.items) items.push({ ...item, tags });
      skipped.push(...made.skipped);
      for (const file of media) skipped.push({ item: `note ${note.id}: ${file}`, reason: MEDIA_REASON });
    }
    const title = readDeckName(db) ?? "Imported Anki deck";
    return { title, format: picked.name === "collection.anki21b" ? "anki21b" : picked.name === "collection.anki21" ? "anki21" : "anki2", items, skipped };
  } finally {
    db.close();
  }
}
