import type Database from "better-sqlite3";
import { InteropError } from "./interop-error";
import { protoNumber, protoString, readProtobuf } from "./read-protobuf";

export type AnkiNoteType = {
  id: string;
  name: string;
  kind: "normal" | "cloze";
  fields: string[];
  templates: { name: string; qfmt: string; afmt: string }[];
  /** Image occlusion (Anki 23.10+) draws its questions on an image Briefdeck cannot show. */
  imageOcclusion: boolean;
};

const IMAGE_OCCLUSION_STOCK_KIND = 6;

type LegacyModel = { id?: unknown; name?: unknown; type?: unknown; flds?: unknown; tmpls?: unknown; originalStockKind?: unknown };

function unreadable(name: string): InteropError {
  return new InteropError(`The note type "${name}" cannot be read (its fields or card templates are malformed).`);
}

/** Schema 11 (collection.anki2 / .anki21): every note type is JSON in col.models. */
function legacyNoteTypes(db: Database.Database): Map<string, AnkiNoteType> {
  const row = db.prepare("SELECT models FROM col LIMIT 1").get() as { models?: unknown } | undefined;
  let models: Record<string, LegacyModel>;
  try {
    models = JSON.parse(String(row?.models ?? "")) as Record<string, LegacyModel>;
  } catch {
    throw new InteropError("The package's note types cannot be read (col.models is not JSON).");
  }
  if (!models || typeof models !== "object") throw new InteropError("The package's note types cannot be read.");
  const out = new Map<string, AnkiNoteType>();
  for (const [key, model] of Object.entries(models)) {
    const name = typeof model?.name === "string" ? model.name : key;
    if (!Array.isArray(model?.flds) || !Array.isArray(model?.tmpls)) throw unreadable(name);
    const fields = (model.flds as { name?: unknown; ord?: unknown }[])
      .map((f, i) => ({ name: typeof f?.name === "string" ? f.name : null, ord: typeof f?.ord === "number" ? f.ord : i }))
      .sort((a, b) => a.ord - b.ord);
    const templates = (model.tmpls as { name?: unknown; qfmt?: unknown; afmt?: unknown; ord?: unknown }[])
      .map((t, i) => ({ name: String(t?.name ?? `Card ${i + 1}`), qfmt: t?.qfmt, afmt: t?.afmt, ord: typeof t?.ord === "number" ? t.ord : i }))
      .sort((a, b) => a.ord - b.ord);
    if (fields.some((f) => f.name === null) || templates.some((t) => typeof t.qfmt !== "string" || typeof t.afmt !== "string")) throw unreadable(name);
    out.set(String(model.id ?? key), {
      id: String(model.id ?? key),
      name,
      kind: model.type === 1 ? "cloze" : "normal",
      fields: fields.map((f) => f.name!),
      templates: templates.map((t) => ({ name: t.name, qfmt: t.qfmt as string, afmt: t.afmt as string })),
      imageOcclusion: model.originalStockKind === IMAGE_OCCLUSION_STOCK_KIND,
    });
  }
  return out;
}

/** Schema 18 (collection.anki21b): notetypes, fields and templates tables, settings as protobuf blobs. */
function modernNoteTypes(db: Database.Database): Map<string, AnkiNoteType> {
  const out = new Map<string, AnkiNoteType>();
  const types = db.prepare("SELECT CAST(id AS TEXT) AS id, name, config FROM notetypes").all() as { id: string; name: unknown; config: unknown }[];
  for (const t of types) {
    const name = String(t.name ?? t.id);
    if (!(t.config instanceof Uint8Array)) throw unreadable(name);
    let config;
    try {
      config = readProtobuf(t.config);
    } catch {
      throw unreadable(name);
    }
    out.set(t.id, {
      id: t.id,
      name,
      kind: protoNumber(config, 1) === 1 ? "cloze" : "normal",
      fields: [],
      templates: [],
      imageOcclusion: protoNumber(config, 9) === IMAGE_OCCLUSION_STOCK_KIND,
    });
  }
  const fields = db.prepare("SELECT CAST(ntid AS TEXT) AS ntid, ord, name FROM fields ORDER BY ntid, ord").all() as { ntid: string; ord: number; name: unknown }[];
  for (const f of fields) {
    const type = out.get(f.ntid);
    if (!type) continue;
    if (typeof f.name !== "string") throw unreadable(type.name);
    type.fields.push(f.name);
  }
  const templates = db.prepare("SELECT CAST(ntid AS TEXT) AS ntid, ord, name, config FROM templates ORDER BY ntid, ord").all() as {
    ntid: string;
    ord: number;
    name: unknown;
    config: unknown;
  }[];
  for (const t of templates) {
    const type = out.get(t.ntid);
    if (!type) continue;
    if (!(t.config instanceof Uint8Array)) throw unreadable(type.name);
    let config;
    try {
      config = readProtobuf(t.config);
    } catch {
      throw unreadable(type.name);
    }
    type.templates.push({ name: String(t.name ?? ""), qfmt: protoString(config, 1), afmt: protoString(config, 2) });
  }
  return out;
}

function tableKinds(db: Database.Database): Map<string, string> {
  const rows = db.prepare("SELECT name, type FROM sqlite_master").all() as { name: string; type: string }[];
  return new Map(rows.map((r) => [r.name, r.type]));
}

/** Which schema the collection uses, checked against views pretending to be tables (a view could run any query). */
export function readNoteTypes(db: Database.Database): Map<string, AnkiNoteType> {
  const kinds = tableKinds(db);
  for (const table of ["col", "notes"]) {
    if (kinds.get(table) !== "table") throw new InteropError(`The package's collection has no "${table}" table; it is not an Anki collection.`);
  }
  const modern = kinds.get("notetypes") === "table";
  if (modern) {
    for (const table of ["fields", "templates"]) {
      if (kinds.get(table) !== "table") throw new InteropError(`The package's collection has no "${table}" table; it is not an Anki collection.`);
    }
  }
  const types = modern ? modernNoteTypes(db) : legacyNoteTypes(db);
  for (const type of types.values()) {
    if (type.fields.length === 0 || type.templates.length === 0) throw unreadable(type.name);
  }
  return types;
}

/** The deck most of the package's cards are in (an .apkg exports one deck and maybe its children). */
export function readDeckName(db: Database.Database): string | null {
  const kinds = tableKinds(db);
  if (kinds.get("cards") !== "table") return null;
  const top = db.prepare("SELECT CAST(did AS TEXT) AS did FROM cards GROUP BY did ORDER BY count(*) DESC LIMIT 1").get() as { did: string } | undefined;
  if (!top) return null;
  if (kinds.get("decks") === "table") {
    const row = db.prepare("SELECT name FROM decks WHERE CAST(id AS TEXT) = ?").get(top.did) as { name?: unknown } | undefined;
    return typeof row?.name === "string" ? row.name.split("\u001f").join("::") : null;
  }
  const col = db.prepare("SELECT decks FROM col LIMIT 1").get() as { decks?: unknown } | undefined;
  try {
    const decks = JSON.parse(String(col?.decks ?? "")) as Record<string, { name?: unknown }>;
    const name = decks[top.did]?.name;
    return typeof name === "string" ? name : null;
  } catch {
    return null;
  }
}
