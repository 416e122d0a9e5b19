import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES, runCli } from "./cli";

const SEED = path.resolve(__dirname, "../../content/articles/001_b9ce0f5892854f0c.txt");
const dir = mkdtempSync(path.join(tmpdir(), "briefdeck-cli-"));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

function expectError(r: ReturnType<typeof runCli>, pattern: RegExp) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

describe("generate CLI", () => {
  it("prints one JSON object for a real article", () => {
    const r = runCli([path.resolve(__dirname, "../../content/articles/001_b9ce0f5892854f0c.txt")]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { article: Record<string, unknown>; questions: Array<Record<string, unknown>> };
    expect(out.article).toEqual({ title: "North Korea Looking Abroad", author: "Matthew Nitkoski", published: "2015-02-18", source: "Korea Economic Institute – The Peninsula" });
    expect(out.questions.length).toBeGreaterThanOrEqual(25);
    for (const q of out.questions) expect("choices" in q).toBe(q.kind === "multiple_choice");
  });

  it("--confident asks fewer, short questions from the same article", () => {
    const all = JSON.parse(runCli([SEED]).stdout) as { questions: unknown[] };
    const r = runCli(["--confident", SEED]);
    expect(r.code).toBe(0);
    const some = (JSON.parse(r.stdout) as { questions: Array<{ prompt: string }> }).questions;
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.questions.length);
    for (const q of some) expect(q.prompt.replace(/“[^”]*”/g, "").split(/\s+/).length).toBeLessThanOrEqual(32);
  });
  it("rejects an unknown option", () => expectError(runCli(["--fast", SEED]), /unknown option --fast/));
  it("rejects a missing file", () => expectError(runCli([path.join(dir, "nope.txt")]), /not found/));
  it("rejects no argument", () => expectError(runCli([]), /usage/));
  it("rejects an empty file", () => expectError(runCli([file("empty.txt", "  \n\n ")]), /empty/));
  it("rejects a binary file", () => expectError(runCli([file("bin.dat", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]))]), /binary/));
  it("rejects text without sentences", () => expectError(runCli([file("words.txt", "Menu\n\nHome\n\nAbout\n")]), /no sentences/));
  it("rejects files over 1 MB", () => expectError(runCli([file("big.txt", "word ".repeat(MAX_INPUT_BYTES / 4))]), /too large/));
});
