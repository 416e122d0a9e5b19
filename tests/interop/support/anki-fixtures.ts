import Database from "better-sqlite3";
import JSZip from "jszip";

// Fixtures come from writers that are not ours: anki-apkg-export for legacy packages, and for anki21b a
// collection built here from Anki's published schema 18 (rslib/src/storage/schema11.sql + upgrades,
// proto/anki/notetypes.proto), compressed by zstd-codec (the reference C zstd compiled to JS).
type AnkiFactory = (deck: string, template?: object) => AnkiExporter;
type AnkiExporter = { addCard(front: string, back: string, options?: { tags?: string[] }): void; addMedia(name: string, data: Buffer): void; save(): Promise<Buffer> };

export async function legacyApkg(deck: string, cards: { front: string; back: string; tags?: string[] }[], template?: { questionFormat?: string; answerFormat?: string }): Promise<Buffer> {
  // Loaded lazily and without import.meta, so both Vitest (ESM) and Playwright (CJS) can load this file.
  const mod = (await import("anki-apkg-export")) as unknown as { default: AnkiFactory | { default: AnkiFactory } };
  const AnkiExport = typeof mod.default === "function" ? mod.default : mod.default.default;
  const exporter = AnkiExport(deck, template);
  for (const card of cards) exporter.addCard(card.front, card.back, { tags: card.tags });
  return exporter.save();
}

// ---------- protobuf, written by hand from notetypes.proto ----------
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}
const pbVarint = (field: number, value: number) => [...varint(field * 8), ...varint(value)];
function pbString(field: number, value: string): number[] {
  const bytes = [...Buffer.from(value, "utf8")];
  return [...varint(field * 8 + 2), ...varint(bytes.length), ...bytes];
}

let zstdSimple: { compress(data: Uint8Array, level?: number): Uint8Array } | null = null;
export async function zstdCompress(data: Uint8Array): Promise<Uint8Array> {
  if (!zstdSimple) {
    const { ZstdCodec } = (await import("zstd-codec")) as unknown as { ZstdCodec: { run(cb: (z: { Simple: new () => { compress(d: Uint8Array, l?: number): Uint8Array } }) => void): void } };
    zstdSimple = await new Promise((resolve) => ZstdCodec.run((z) => resolve(new z.Simple())));
  }
  return zstdSimple!.compress(data, 3);
}

export type ModernNoteType = { id: number; name: string; kind: 0 | 1; fields: string[]; templates: { name: string; qfmt: string; afmt: string }[]; stockKind?: number };
export type ModernNote = { id: number; mid: number; fields: string[]; tags?: string[] };

export const STOCK = {
  basic: { id: 1001, name: "Basic", kind: 0, fields: ["Front", "Back"], templates: [{ name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" }] },
  reversed: {
    id: 1002,
    name: "Basic (and reversed card)",
    kind: 0,
    fields: ["Front", "Back"],
    templates: [
      { name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" },
      { name: "Card 2", qfmt: "{{Back}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}" },
    ],
  },
  optionalReversed: {
    id: 1003,
    name: "Basic (optional reversed card)",
    kind: 0,
    fields: ["Front", "Back", "Add Reverse"],
    templates: [
      { name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" },
      { name: "Card 2", qfmt: "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}" },
    ],
  },
  typing: {
    id: 1004,
    name: "Basic (type in the answer)",
    kind: 0,
    fields: ["Front", "Back"],
    templates: [{ name: "Card 1", qfmt: "{{Front}}\n\n{{type:Back}}", afmt: "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}" }],
  },
  cloze: { id: 1005, name: "Cloze", kind: 1, fields: ["Text", "Back Extra"], templates: [{ name: "Cloze", qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>\n{{Back Extra}}" }] },
} satisfies Record<string, ModernNoteType>;

/** A schema 18 collection (notetypes/fields/templates tables, protobuf configs), as Anki 2.1.50+ writes it. */
export function modernCollection(types: ModernNoteType[], notes: ModernNote[], deckName = "Imported::Spanish"): Buffer {
  const db = new Database(":memory:");
  db.exec(`
    CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
      dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
      dconf text not null, tags text not null);
    CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
      tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
    CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
      usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
      reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null,
      flags integer not null, data text not null);
    CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
      lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
    CREATE TABLE notetypes (id integer not null primary key, name text not null, mtime_secs integer not null, usn integer not null, config blob not null);
    CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null, config blob not null, primary key (ntid, ord)) without rowid;
    CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null, mtime_secs integer not null, usn integer not null,
      config blob not null, primary key (ntid, ord)) without rowid;
    CREATE TABLE decks (id integer primary key not null, name text not null, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);
  `);
  db.prepare("INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '')").run();
  db.prepare("INSERT INTO decks VALUES (?, ?, 0, 0, x'', x'')").run(77, deckName.split("::").join("\u001f"));
  for (const t of types) {
    db.prepare("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)").run(t.id, t.name, Buffer.from([...pbVarint(1, t.kind), ...pbString(3, ".card {}"), ...(t.stockKind ? pbVarint(9, t.stockKind) : [])]));
    t.fields.forEach((name, ord) => db.prepare("INSERT INTO fields VALUES (?, ?, ?, ?)").run(t.id, ord, name, Buffer.from(pbString(3, "Arial"))));
    t.templates.forEach((tmpl, ord) =>
      db.prepare("INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)").run(t.id, ord, tmpl.name, Buffer.from([...pbString(1, tmpl.qfmt), ...pbString(2, tmpl.afmt)])),
    );
  }
  let cardId = 1;
  for (const n of notes) {
    const tags = n.tags?.length ? ` ${n.tags.join(" ")} ` : "";
    db.prepare("INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, '')").run(n.id, `g${n.id}`, n.mid, tags, n.fields.join("\u001f"), n.fields[0] ?? "");
    db.prepare("INSERT INTO cards VALUES (?, ?, 77, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')").run(cardId++, n.id);
  }
  const bytes = db.serialize();
  db.close();
  return bytes;
}

/** An Anki 2.1.50+ package: `meta` says version 3, the real collection is zstd'd, and a stub collection.anki2 sits beside it. */
export async function modernApkg(collection: Uint8Array, options: { compress?: boolean } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("meta", Buffer.from(pbVarint(1, 3)));
  zip.file("collection.anki21b", options.compress === false ? collection : await zstdCompress(collection));
  zip.file("collection.anki2", modernCollection([STOCK.basic], [{ id: 1, mid: 1001, fields: ["Please update to the latest Anki version", ""] }]));
  zip.file("media", await zstdCompress(new Uint8Array(0)));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function zipOf(files: Record<string, Buffer | string>, compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: "nodebuffer", compression, compressionOptions: { level: 9 } });
}

/** A zip of `bytes` zeros named collection.anki2, deflated by node's native zlib (fast even for hundreds of MB). */
export async function zipBomb(bytes: number): Promise<Buffer> {
  const yazl = (await import("yazl")).default;
  const archive = new yazl.ZipFile();
  archive.addBuffer(Buffer.alloc(bytes), "collection.anki2", { compress: true });
  archive.end();
  const chunks: Buffer[] = [];
  for await (const chunk of archive.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
