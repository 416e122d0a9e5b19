import { describe, expect, it } from "vitest";
import { readApkg } from "@/lib/interop/read-apkg";
import { InteropError } from "@/lib/interop/interop-error";
import { DEFAULT_IMPORT_LIMITS } from "@/lib/interop/limits";
import { legacyApkg, modernApkg, modernCollection, STOCK, zipBomb, zipOf } from "./support/anki-fixtures";

describe("reading legacy packages written by anki-apkg-export", () => {
  it("turns Basic notes into flashcards with their tags, HTML stripped, media reported", async () => {
    const apkg = await legacyApkg("Capitals", [
      { front: "Capital of <b>France</b>?", back: "Paris&nbsp;<br>(since 987)", tags: ["geo", "europe"] },
      { front: 'Flag of Japan <img src="japan.png">', back: "White, red disc", tags: [] },
      { front: "<div>Lone image</div>", back: '<img src="only.png">' },
    ]);
    const result = await readApkg(apkg);
    expect(result.format).toBe("anki2");
    expect(result.title).toBe("Capitals");
    expect(result.items.map(({ kind, prompt, answer, tags }) => ({ kind, prompt, answer, tags }))).toEqual([
      { kind: "flashcard", prompt: "Capital of France?", answer: "Paris\n(since 987)", tags: ["geo", "europe"] },
      { kind: "flashcard", prompt: "Flag of Japan", answer: "White, red disc", tags: [] },
    ]);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ item: expect.stringMatching(/japan\.png$/), reason: expect.stringMatching(/not imported/) }),
        expect.objectContaining({ reason: expect.stringMatching(/back is empty/) }),
      ]),
    );
  });

  it("reads a type-in-the-answer template as a typed question", async () => {
    const apkg = await legacyApkg("Typing", [{ front: "2 + 2 =", back: "4" }], {
      questionFormat: "{{Front}}<br>{{type:Back}}",
      answerFormat: "{{Front}}<hr id=answer>{{type:Back}}",
    });
    const result = await readApkg(apkg);
    expect(result.items).toEqual([expect.objectContaining({ kind: "typed", prompt: "2 + 2 =", answer: "4" })]);
  });
});

describe("reading anki21b (zstd, schema 18) packages built from Anki's documented schema", () => {
  const collection = () =>
    modernCollection(Object.values(STOCK), [
      { id: 10, mid: STOCK.basic.id, fields: ["hola", "hello"], tags: ["spanish", "greetings"] },
      { id: 11, mid: STOCK.reversed.id, fields: ["gato", "cat"], tags: ["animals"] },
      { id: 12, mid: STOCK.optionalReversed.id, fields: ["perro", "dog", ""] },
      { id: 13, mid: STOCK.optionalReversed.id, fields: ["casa", "house", "y"] },
      { id: 14, mid: STOCK.typing.id, fields: ["Capital of Spain", "Madrid"] },
      {
        id: 15,
        mid: STOCK.cloze.id,
        fields: ["{{c1::Canberra}} is the capital of {{c2::Australia::country}}; {{c1::it}} was planned.", "Chosen in 1908"],
        tags: ["geo::oceania"],
      },
    ]);

  it("maps Basic, reversed, optional reversed, typing and multi-cloze notes", async () => {
    const result = await readApkg(await modernApkg(collection()));
    expect(result.format).toBe("anki21b");
    expect(result.title).toBe("Imported::Spanish");
    const brief = result.items.map(({ kind, prompt, answer, sourceSentence, tags }) => ({ kind, prompt, answer, sourceSentence, tags }));
    expect(brief).toEqual([
      { kind: "flashcard", prompt: "hola", answer: "hello", sourceSentence: "", tags: ["spanish", "greetings"] },
      { kind: "flashcard", prompt: "gato", answer: "cat", sourceSentence: "", tags: ["animals"] },
      { kind: "flashcard", prompt: "cat", answer: "gato", sourceSentence: "", tags: ["animals"] },
      { kind: "flashcard", prompt: "perro", answer: "dog", sourceSentence: "", tags: [] },
      { kind: "flashcard", prompt: "casa", answer: "house", sourceSentence: "", tags: [] },
      { kind: "flashcard", prompt: "house", answer: "casa", sourceSentence: "", tags: [] },
      { kind: "typed", prompt: "Capital of Spain", answer: "Madrid", sourceSentence: "", tags: [] },
      { kind: "cloze", prompt: "_____ is the capital of Australia; _____ was planned.", answer: "Canberra / it", sourceSentence: "Chosen in 1908", tags: ["geo::oceania"] },
      { kind: "cloze", prompt: "Canberra is the capital of _____ (country); it was planned.", answer: "Australia", sourceSentence: "Chosen in 1908", tags: ["geo::oceania"] },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it("skips image occlusion notes and lists them in the report", async () => {
    const occlusion = { ...STOCK.cloze, id: 1006, name: "Image Occlusion", stockKind: 6 };
    const result = await readApkg(await modernApkg(modernCollection([occlusion, STOCK.basic], [
      { id: 1, mid: 1006, fields: ["{{c1::image-occlusion:rect:left=.1}}", ""] },
      { id: 2, mid: STOCK.basic.id, fields: ["a", "b"] },
    ])));
    expect(result.items).toHaveLength(1);
    expect(result.skipped).toEqual([{ item: "note 1", reason: "image occlusion notes are not supported" }]);
  });

  it("refuses a note whose note type is missing", async () => {
    const bytes = modernCollection([STOCK.basic], [{ id: 1, mid: 999, fields: ["a", "b"] }]);
    await expect(readApkg(await modernApkg(bytes))).rejects.toThrow(/note type that is not in the package/);
  });

  it("refuses an unreadable note type config", async () => {
    const bad = { ...STOCK.basic, templates: [] };
    await expect(readApkg(await modernApkg(modernCollection([bad], [{ id: 1, mid: bad.id, fields: ["a", "b"] }])))).rejects.toThrow(/cannot be read/);
  });
});

describe("hostile and broken packages", () => {
  const timed = async (promise: Promise<unknown>, ms: number) => {
    const started = performance.now();
    const error = await promise.then(() => null, (e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(ms);
    return error;
  };

  it("a zip bomb stops at the decompression cap", async () => {
    const bomb = await zipBomb(300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await timed(readApkg(bomb), 5000);
    expect(error).toBeInstanceOf(InteropError);
    expect((error as Error).message).toMatch(/unpacks to more than 200 MB/);
  });

  it("a bomb that lies about its size in the zip header is still stopped while inflating", async () => {
    const bomb = await zipOf({ "collection.anki2": Buffer.alloc(8 * 1024 * 1024) });
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxDecompressedBytes: 1024 * 1024 };
    // Rewrite the declared uncompressed size (local header offset 22, central directory offset 24) to 1 KB.
    const lying = Buffer.from(bomb);
    lying.writeUInt32LE(1024, 22);
    const central = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(1024, central + 24);
    const error = await timed(readApkg(lying, limits), 5000);
    expect(error).toBeInstanceOf(InteropError);
  });

  it("a zstd frame declaring a huge window is refused before decoding", async () => {
    const frame = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xf8, 0x01, 0x00, 0x00]); // window descriptor = 2^41
    const apkg = await zipOf({ meta: Buffer.from([8, 3]), "collection.anki21b": frame });
    const error = await timed(readApkg(apkg), 2000);
    expect((error as Error).message).toMatch(/unpacks to more than/);
  });

  it("a truncated zip is a clear error", async () => {
    const apkg = await legacyApkg("Cut", [{ front: "a", back: "b" }]);
    const error = await timed(readApkg(apkg.subarray(0, Math.floor(apkg.length / 2))), 2000);
    expect(error).toBeInstanceOf(InteropError);
    expect((error as Error).message).toMatch(/zip/);
  });

  it("a package whose collection is not SQLite is a clear error", async () => {
    const error = await timed(readApkg(await zipOf({ "collection.anki2": "this is not a database at all, just text" })), 2000);
    expect((error as Error).message).toMatch(/not an SQLite database/);
  });

  it("a zip without a collection is not an Anki package", async () => {
    const error = await timed(readApkg(await zipOf({ "readme.txt": "hi" })), 2000);
    expect((error as Error).message).toMatch(/not an Anki package/);
  });

  it("a note with 1 MB of HTML is refused quickly", async () => {
    const huge = "<div>" + "<b>x</b><".repeat(120_000) + "</div>";
    expect(huge.length).toBeGreaterThan(1_000_000);
    const apkg = await modernApkg(modernCollection([STOCK.basic], [{ id: 1, mid: STOCK.basic.id, fields: [huge, "b"] }]));
    const error = await timed(readApkg(apkg), 3000);
    expect((error as Error).message).toMatch(/field of 1,0\d\d,\d\d\d characters; at most 100,000/);
  });

  it("too many notes is refused before they are read", async () => {
    const notes = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, mid: STOCK.basic.id, fields: [`q${i}`, `a${i}`] }));
    const apkg = await modernApkg(modernCollection([STOCK.basic], notes));
    await expect(readApkg(apkg, { ...DEFAULT_IMPORT_LIMITS, maxNotes: 20 })).rejects.toThrow(/holds 30 notes; at most 20/);
  });

  it("too many zip entries is refused from the central directory", async () => {
    const files = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [String(i), "x"]));
    await expect(readApkg(await zipOf(files), { ...DEFAULT_IMPORT_LIMITS, maxZipEntries: 10 })).rejects.toThrow(/holds 50 files/);
  });

  it("an over-size package is refused before unzipping", async () => {
    await expect(readApkg(Buffer.alloc(2048), { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 1024 })).rejects.toThrow(/at most 1 KB/);
  });

  it("a view posing as the notes table is refused (it could run any query)", async () => {
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(":memory:");
    db.exec("CREATE TABLE col (models text); INSERT INTO col VALUES ('{}'); CREATE VIEW notes AS SELECT 1 AS id");
    const bytes = db.serialize();
    db.close();
    await expect(readApkg(await zipOf({ "collection.anki2": bytes }))).rejects.toThrow(/no "notes" table/);
  });
});
