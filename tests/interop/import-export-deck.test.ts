import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { importDeck } from "@/lib/server/interop/import-deck";
import { exportDeck } from "@/lib/server/interop/export-deck";
import { getDeck } from "@/lib/server/decks/get-deck";
import { listCatalogDecks } from "@/lib/server/decks/list-catalog-decks";
import { readImportFile } from "@/lib/interop/read-import-file";
import { readApkg } from "@/lib/interop/read-apkg";
import { AppError } from "@/lib/server/errors";
import { makeUser } from "../instructor/helpers";
import { modernApkg, modernCollection, STOCK } from "./support/anki-fixtures";

describe("importing and exporting decks", () => {
  it("a learner's import is a private deck only its owner sees and studies", async () => {
    const learner = await makeUser("learner");
    const other = await makeUser("learner");
    const parsed = await readImportFile(Buffer.from("hola\thello\ngato\tcat\n"), "tsv");
    const result = await importDeck(learner, parsed, { title: "Spanish" });
    expect(result).toEqual({ deckId: expect.any(String), questions: 2, skipped: [] });
    const deck = await db.deck.findUniqueOrThrow({ where: { id: result.deckId } });
    expect(deck).toMatchObject({ ownerId: learner.id, visibility: "private", title: "Spanish" });
    expect((await getDeck(learner, result.deckId)).questions.map((q) => q.prompt)).toEqual(["hola", "gato"]);
    await expect(getDeck(other, result.deckId)).rejects.toMatchObject({ status: 404 });
    await expect(getDeck(null, result.deckId)).rejects.toMatchObject({ status: 404 });
    expect((await listCatalogDecks(other)).some((d) => d.id === result.deckId)).toBe(false);
    expect((await listCatalogDecks(learner)).some((d) => d.id === result.deckId)).toBe(true);
  });

  it("questions that break Briefdeck's rules are skipped with the reason; the rest are imported", async () => {
    const viewer = await makeUser("instructor");
    const long = "x".repeat(400);
    const parsed = await readImportFile(Buffer.from(`ok\tfine\nq\t${long}\n`), "tsv");
    const result = await importDeck(viewer, parsed);
    expect(result.questions).toBe(1);
    expect(result.skipped).toEqual([{ item: "row 2", reason: "back: At most 300 characters." }]);
  });

  it("nothing importable creates no deck", async () => {
    const viewer = await makeUser("learner");
    const before = await db.deck.count();
    const parsed = await readImportFile(Buffer.from("only one column\nanother\n"), "text");
    await expect(importDeck(viewer, parsed)).rejects.toBeInstanceOf(AppError);
    expect(await db.deck.count()).toBe(before);
  });

  it("a failure inside the transaction leaves neither deck nor questions (all or nothing)", async () => {
    const viewer = await makeUser("learner");
    const ghost = { ...viewer, id: "no-such-user" }; // the deck insert fails on the owner foreign key
    const parsed = await readImportFile(Buffer.from("a\tb\n"), "tsv");
    const [decks, questions] = [await db.deck.count(), await db.question.count()];
    await expect(importDeck(ghost, parsed)).rejects.toThrow();
    expect([await db.deck.count(), await db.question.count()]).toEqual([decks, questions]);
  });

  it("export → import of an anki21b deck keeps every question; a stranger cannot export it", async () => {
    const learner = await makeUser("learner");
    const stranger = await makeUser("instructor");
    const apkg = await modernApkg(
      modernCollection([STOCK.basic, STOCK.cloze, STOCK.typing], [
        { id: 1, mid: STOCK.basic.id, fields: ["uno", "one"], tags: ["numbers"] },
        { id: 2, mid: STOCK.cloze.id, fields: ["{{c1::Madrid}} is in {{c2::Spain}}", "Geography"] },
        { id: 3, mid: STOCK.typing.id, fields: ["dos", "two"] },
      ]),
    );
    const imported = await importDeck(learner, await readApkg(apkg));
    expect(imported.questions).toBe(4);
    const file = await exportDeck(learner, imported.deckId, "apkg");
    expect(file.fileName).toBe("imported-spanish.apkg");
    const again = await importDeck(learner, await readApkg(file.body));
    const shape = async (deckId: string) =>
      (await db.question.findMany({ where: { deckId }, orderBy: { position: "asc" }, select: { kind: true, prompt: true, answer: true, tags: true, sourceSentence: true } }));
    expect(await shape(again.deckId)).toEqual(await shape(imported.deckId));
    await expect(exportDeck(stranger, imported.deckId, "tsv")).rejects.toMatchObject({ status: 404 });

    const tsv = await exportDeck(learner, imported.deckId, "tsv");
    const fromTsv = await importDeck(learner, await readImportFile(tsv.body, "tsv"));
    const pairs = async (deckId: string) => (await shape(deckId)).map((q) => [q.prompt, q.answer]);
    expect(await pairs(fromTsv.deckId)).toEqual(await pairs(imported.deckId));
  });
});
