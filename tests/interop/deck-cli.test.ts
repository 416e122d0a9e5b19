import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { readApkg } from "@/lib/interop/read-apkg";
import { makeUser } from "../instructor/helpers";
import { legacyApkg, modernApkg, modernCollection, STOCK, zipBomb } from "./support/anki-fixtures";

// The real scripts, through npm as an admin would run them, against this file's database.
function npm(script: string, ...args: string[]) {
  const r = spawnSync("npm", ["run", "--silent", script, "--", ...args], { env: process.env, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim() };
}

const dir = mkdtempSync(path.join(tmpdir(), "interop-cli-"));
const file = (name: string, data: Buffer | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};
let owner: string;
const counts = async () => [await db.deck.count(), await db.question.count()];

beforeAll(async () => {
  owner = (await makeUser("learner")).email;
});

describe("npm run deck:import / deck:export", () => {
  it("imports an .apkg and prints one JSON object, then exports it again", async () => {
    const apkg = await modernApkg(
      modernCollection([STOCK.reversed, STOCK.cloze], [
        { id: 1, mid: STOCK.reversed.id, fields: ["perro", "dog"], tags: ["animals"] },
        { id: 2, mid: STOCK.cloze.id, fields: ['{{c1::Lima}} is in Peru <img src="map.png">', ""] },
      ]),
    );
    const r = npm("deck:import", file("spanish.apkg", apkg), "--owner", owner.toUpperCase());
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { deckId: string; questions: number; skipped: { item: string; reason: string }[] };
    expect(result).toEqual({ deckId: expect.any(String), questions: 3, skipped: [{ item: "note 2: map.png", reason: "images, audio and video are not imported yet" }] });
    expect(await db.deck.findUniqueOrThrow({ where: { id: result.deckId } })).toMatchObject({ visibility: "private" });

    const out = path.join(dir, "out.apkg");
    const e = npm("deck:export", result.deckId, "--format", "apkg", "--out", out);
    expect(e.code, e.stderr).toBe(0);
    const back = await readApkg(readFileSync(out));
    expect(back.items.map((i) => [i.kind, i.prompt, i.answer])).toEqual([
      ["flashcard", "perro", "dog"],
      ["flashcard", "dog", "perro"],
      ["cloze", "_____ is in Peru", "Lima"],
    ]);
    const tsv = path.join(dir, "out.tsv");
    expect(npm("deck:export", result.deckId, "--format", "tsv", "--out", tsv).code).toBe(0);
    expect(readFileSync(tsv, "utf8")).toBe("perro\tdog\ndog\tperro\n_____ is in Peru\tLima\n");
  }, 60_000);

  it("imports a tab-separated file by its extension", async () => {
    const r = npm("deck:import", file("words.tsv", "uno\tone\ndos\ttwo\n"), "--owner", owner);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ questions: 2, skipped: [] });
  }, 60_000);

  it.each([
    ["a corrupt zip", async () => file("corrupt.apkg", (await legacyApkg("x", [{ front: "a", back: "b" }])).subarray(0, 200)), [], /zip/],
    ["a zip bomb", async () => file("bomb.apkg", await zipBomb(210 * 1024 * 1024)), [], /unpacks to more than 200 MB/],
    ["an over-size package", async () => file("big.apkg", Buffer.alloc(51 * 1024 * 1024)), [], /at most 50 MB/],
    ["an unreadable note type", async () => file("bad-type.apkg", await modernApkg(modernCollection([{ ...STOCK.basic, templates: [] }], [{ id: 1, mid: STOCK.basic.id, fields: ["a", "b"] }]))), [], /note type "Basic" cannot be read/],
    ["an unknown owner", async () => file("fine.tsv", "a\tb\n"), ["--owner", "nobody@example.test"], /no active account has the email nobody@example\.test/],
  ] as const)("refuses %s with one line on stderr and writes nothing", async (_label, make, extra, message) => {
    const p = await make();
    const before = await counts();
    const args = extra.length ? [p, ...extra] : [p, "--owner", owner];
    const r = npm("deck:import", ...args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^deck:import: /);
    expect(r.stderr).toMatch(message);
    expect(await counts()).toEqual(before);
  }, 60_000);

  it("export of an unknown deck fails and leaves no file", () => {
    const out = path.join(dir, "none.apkg");
    const r = npm("deck:export", "no-such-deck", "--format", "apkg", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("deck:export: no deck has the id no-such-deck");
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
