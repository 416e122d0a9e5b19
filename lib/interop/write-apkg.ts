import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import yazl from "yazl";
import { CLOZE_BLANK } from "./anki-template";
import type { ExportQuestion } from "./export-question";

const SEP = "\u001f";
const FILL_IN_PREFIX = /^Fill in the blank:\s*/;

// Schema 11, the layout every Anki since 2.1 imports (collection.anki2 inside the zip).
const SCHEMA = `
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
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** A stable positive id below 2^53 from a name, so re-exports update the same note types and deck in Anki. */
function stableId(name: string): number {
  return 1_500_000_000_000 + (parseInt(createHash("sha1").update(name).digest("hex").slice(0, 10), 16) % 1_000_000_000_000);
}

function sha1Prefix(text: string): number {
  return parseInt(createHash("sha1").update(text).digest("hex").slice(0, 8), 16);
}

/** Anki's note guid is any short unique string; derived from the question id so a re-import updates the note. */
function guidFor(questionId: string): string {
  return createHash("sha1").update(`briefdeck:${questionId}`).digest("base64").replace(/[^A-Za-z0-9]/g, "").slice(0, 10);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, "<br>");
}

const CSS = ".card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center; color: black; background-color: white; }\n.source { margin-top: 1em; font-size: 0.8em; color: #555; }";
const SOURCE_BLOCK = "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}";

type ModelSpec = { name: string; type: 0 | 1; fields: string[]; qfmt: string; afmt: string };
const MODELS = {
  basic: { name: "Briefdeck Basic", type: 0, fields: ["Front", "Back", "Source"], qfmt: "{{Front}}", afmt: `{{FrontSide}}<hr id=answer>{{Back}}${SOURCE_BLOCK}` },
  typed: {
    name: "Briefdeck Basic (type in the answer)",
    type: 0,
    fields: ["Front", "Back", "Source"],
    qfmt: "{{Front}}<br><br>{{type:Back}}",
    afmt: `{{Front}}<hr id=answer>{{type:Back}}${SOURCE_BLOCK}`,
  },
  cloze: { name: "Briefdeck Cloze", type: 1, fields: ["Text", "Source"], qfmt: "{{cloze:Text}}", afmt: `{{cloze:Text}}${SOURCE_BLOCK}` },
} satisfies Record<string, ModelSpec>;

function modelJson(spec: ModelSpec, id: number, deckId: number, now: number) {
  return {
    id,
    name: spec.name,
    type: spec.type,
    mod: now,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ name: spec.type === 1 ? "Cloze" : "Card 1", ord: 0, qfmt: spec.qfmt, afmt: spec.afmt, bqfmt: "", bafmt: "", did: null, bfont: "", bsize: 0 }],
    flds: spec.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
    css: CSS,
    latexPre: "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    latexsvg: false,
    req: [[0, "any", [0]]],
    tags: [],
    vers: [],
  };
}

function deckJson(id: number, name: string, now: number) {
  return {
    id, name, mod: now, usn: -1, desc: "", dyn: 0, conf: 1, collapsed: false, browserCollapsed: false,
    newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0], extendNew: 10, extendRev: 50,
  };
}

const DECK_CONFIG = {
  1: {
    id: 1, name: "Default", mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
    new: { delays: [1, 10], ints: [1, 4, 0], initialFactor: 2500, order: 1, perDay: 20, bury: false },
    rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, bury: false, hardFactor: 1.2 },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
  },
};

/** A cloze question's prompt turned back into Anki cloze text, or null when it has no blank to fill. */
function clozeText(q: ExportQuestion): string | null {
  const prompt = q.prompt.replace(FILL_IN_PREFIX, "");
  const pieces = prompt.split(CLOZE_BLANK);
  if (pieces.length < 2) return null;
  const answers = q.answer.split(" / ");
  const each = answers.length === pieces.length - 1 ? answers : pieces.slice(1).map(() => q.answer);
  return pieces.map((piece, i) => (i === 0 ? escapeHtml(piece) : `{{c1::${escapeHtml(each[i - 1]!)}}}${escapeHtml(piece)}`)).join("");
}

function frontOf(q: ExportQuestion): string {
  if (q.kind !== "multiple_choice" || q.choices.length === 0) return escapeHtml(q.prompt);
  return `${escapeHtml(q.prompt)}<ul>${q.choices.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul>`;
}

function tagString(tags: string[]): string {
  // Anki separates tags with spaces, so a space inside one becomes "_" (Anki's own convention).
  const clean = tags.map((t) => t.trim().replace(/\s+/g, "_")).filter(Boolean);
  return clean.length ? ` ${clean.join(" ")} ` : "";
}

/**
 * Writes a legacy .apkg (collection.anki2 + an empty `media` map) that every Anki since 2.1 and AnkiDroid import:
 * flashcards and multiple choice as Basic notes, typed as "type in the answer", cloze as Cloze notes; the
 * source sentence goes in a Source field shown on the back, tags are kept.
 */
export function writeApkg(deckTitle: string, questions: ExportQuestion[], now = Date.now()): Promise<Buffer> {
  const db = new Database(":memory:");
  try {
    db.exec(SCHEMA);
    const nowSec = Math.floor(now / 1000);
    const deckId = stableId(`deck:${deckTitle}`);
    const modelIds = { basic: stableId(MODELS.basic.name), typed: stableId(MODELS.typed.name), cloze: stableId(MODELS.cloze.name) };
    const models = Object.fromEntries(
      (Object.keys(MODELS) as (keyof typeof MODELS)[]).map((key) => [String(modelIds[key]), modelJson(MODELS[key], modelIds[key], deckId, nowSec)]),
    );
    const decks = { 1: deckJson(1, "Default", nowSec), [deckId]: deckJson(deckId, deckTitle, nowSec) };
    const conf = { nextPos: questions.length + 1, activeDecks: [deckId], curDeck: deckId, curModel: modelIds.basic, sortType: "noteFld", sortBackwards: false, addToCur: true, newSpread: 0, dueCounts: true, collapseTime: 1200, timeLim: 0, estTimes: true };
    db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run(
      nowSec - (nowSec % 86400),
      now,
      now,
      JSON.stringify(conf),
      JSON.stringify(models),
      JSON.stringify(decks),
      JSON.stringify(DECK_CONFIG),
    );
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    db.transaction(() => {
      questions.forEach((q, i) => {
        const id = now + i;
        const source = escapeHtml(q.sourceSentence);
        const cloze = q.kind === "cloze" ? clozeText(q) : null;
        let mid: number;
        let fields: string[];
        if (cloze) {
          mid = modelIds.cloze;
          fields = [cloze, source];
        } else {
          mid = q.kind === "typed" ? modelIds.typed : modelIds.basic;
          fields = [frontOf(q), escapeHtml(q.answer), source];
        }
        const sortField = q.prompt;
        insertNote.run(id, guidFor(q.id), mid, nowSec, tagString(q.tags), fields.join(SEP), sortField, sha1Prefix(sortField));
        insertCard.run(id, id, deckId, nowSec, i + 1);
      });
    })();
    const collection = db.serialize();
    return zip([
      ["collection.anki2", collection],
      ["media", Buffer.from("{}")],
    ]);
  } finally {
    db.close();
  }
}

function zip(files: [string, Buffer][]): Promise<Buffer> {
  const archive = new yazl.ZipFile();
  for (const [name, data] of files) archive.addBuffer(data, name, { mtime: new Date(0) });
  archive.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    archive.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    archive.outputStream.on("error", reject);
    archive.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
  });
}
