// Hostile bytes at the readers: whatever the input, the result is questions or an InteropError (a message
// for the person), never another exception and never a hang.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readApkg } from "@/lib/interop/read-apkg";
import { readImportFile } from "@/lib/interop/read-import-file";
import { InteropError } from "@/lib/interop/interop-error";
import { htmlToText } from "@/lib/interop/html-to-text";
import { parseCloze, parseTemplate, renderCloze, renderTemplate } from "@/lib/interop/anki-template";
import { modernApkg, modernCollection, STOCK } from "./support/anki-fixtures";

async function outcome(run: () => Promise<unknown>): Promise<"ok" | "refused"> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (error instanceof InteropError) return "refused";
    throw error;
  }
}

describe("reader fuzzing", () => {
  it("a valid package with random bytes flipped is read or refused with an InteropError", async () => {
    const apkg = await modernApkg(
      modernCollection([STOCK.basic, STOCK.cloze], [
        { id: 1, mid: STOCK.basic.id, fields: ["a", "b"] },
        { id: 2, mid: STOCK.cloze.id, fields: ["{{c1::x}} y", ""] },
      ]),
      { compress: false },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(apkg.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const copy = Buffer.from(apkg);
        for (const [at, value] of flips) copy[at] = value;
        expect(["ok", "refused"]).toContain(await outcome(() => readApkg(copy)));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("random bytes in any format are read or refused with an InteropError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("apkg", "tsv", "csv", "text"), async (bytes, format) => {
        expect(["ok", "refused"]).toContain(await outcome(() => readImportFile(Buffer.from(bytes), format as "apkg")));
      }),
      { numRuns: 200 },
    );
  });

  it("template, cloze and HTML parsers accept any string", () => {
    const unit = fc.constantFrom("{{", "}}", "c1::", "::", "#", "/", "^", "type:", "Front", "<", ">", "&", ";", "x", " ", "<img src=a>", "[sound:");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const values = new Map([["Front", text]]);
        renderTemplate(parseTemplate(text), values);
        for (const ord of [1, 2]) renderCloze(parseCloze(text), ord);
        expect(typeof htmlToText(text).text).toBe("string");
      }),
      { numRuns: 500 },
    );
  });
});
