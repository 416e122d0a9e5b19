import { describe, expect, it } from "vitest";
import { detectSeparators, parseText } from "@/lib/interop/parse-text";
import { readApkg } from "@/lib/interop/read-apkg";
import { writeApkg } from "@/lib/interop/write-apkg";
import { writeBriefdeckCsv, writeTsv } from "@/lib/interop/write-text";
import type { ExportQuestion } from "@/lib/interop/export-question";
import { htmlToText } from "@/lib/interop/html-to-text";

describe("text import", () => {
  it("detects Quizlet's default export (tab, new line) and previews the first rows", () => {
    const result = parseText("hola\thello\ngato\tcat, feline\r\nperro\tdog\n\n");
    expect(result.separators).toEqual({ field: "\t", row: "\n" });
    expect(result.preview).toEqual([["hola", "hello"], ["gato", "cat, feline"], ["perro", "dog"]]);
    expect(result.items.every((i) => i.kind === "flashcard")).toBe(true);
  });

  it("detects comma and semicolon separators, and Quizlet's ';' row separator", () => {
    expect(detectSeparators("a,b\nc,d")).toEqual({ field: ",", row: "\n" });
    expect(detectSeparators("a;b\nc;d")).toEqual({ field: ";", row: "\n" });
    expect(parseText("one,uno;two,dos;three,tres").preview).toEqual([["one", "uno"], ["two", "dos"], ["three", "tres"]]);
  });

  it("accepts custom separators", () => {
    const result = parseText("red - rojo || blue - azul", { field: " - ", row: " || " });
    expect(result.preview).toEqual([["red", "rojo"], ["blue", "azul"]]);
  });

  it("reports rows without a separator instead of failing", () => {
    const result = parseText("a\tb\njust a line\nc\td", { field: "\t" });
    expect(result.items).toHaveLength(2);
    expect(result.skipped).toEqual([{ item: "row 2", reason: "no tab between term and definition" }]);
  });

  it("reads Briefdeck's own CSV by its header, kinds and tags included", () => {
    const csv = "front,back,kind,choices,tags,source\r\nQ?,A,multiple_choice,A|B|C|D,x|y,Src\r\n";
    expect(parseText(csv).items).toEqual([{ kind: "multiple_choice", prompt: "Q?", answer: "A", choices: ["A", "B", "C", "D"], tags: ["x", "y"], sourceSentence: "Src", origin: "row 2" }]);
  });

  it("refuses a 50,000-row file quickly with a clear message", () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `term ${i}\tdefinition ${i}`).join("\n");
    const started = performance.now();
    expect(() => parseText(text)).toThrow(/more than 5,000 rows/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses empty input and equal separators", () => {
    expect(() => parseText("  \n ")).toThrow(/empty/);
    expect(() => parseText("a;b", { field: ";", row: ";" })).toThrow(/must differ/);
  });
});

describe("HTML to text", () => {
  it("is linear on hostile input (a million unclosed tags)", () => {
    const started = performance.now();
    const { text } = htmlToText("<a".repeat(500_000) + "&amp".repeat(100_000));
    expect(text.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("drops scripts and styles, decodes entities, reports media", () => {
    expect(htmlToText('<style>b{}</style>x &lt;y&gt; &#233;<SCRIPT>alert(1)</script> [sound:a.mp3]<img src="p.jpg">')).toEqual({ text: "x <y> é", media: ["a.mp3", "p.jpg"] });
  });
});

const questions: ExportQuestion[] = [
  { id: "q1", kind: "flashcard", prompt: "Who chairs the Fed?", answer: "Jerome Powell", choices: [], tags: ["economy", "people"], sourceSentence: "Jerome Powell chairs the Fed." },
  { id: "q2", kind: "cloze", prompt: "Fill in the blank: The ECB sets rates for _____ countries.", answer: "20", choices: [], tags: ["eu"], sourceSentence: "The ECB sets rates for 20 countries." },
  { id: "q3", kind: "typed", prompt: "Currency of Japan?", answer: "yen", choices: [], tags: [], sourceSentence: "" },
  { id: "q4", kind: "flashcard", prompt: "=1+1 <b>not</b> bold & safe", answer: "-2", choices: [], tags: [], sourceSentence: "" },
];

describe("round trips", () => {
  it(".apkg export → import gives the same questions", async () => {
    const apkg = await writeApkg("Briefdeck: Economy", questions);
    const back = await readApkg(apkg);
    expect(back.title).toBe("Briefdeck: Economy");
    expect(back.skipped).toEqual([]);
    expect(back.items.map(({ kind, prompt, answer, tags, sourceSentence }) => ({ kind, prompt, answer, tags, sourceSentence }))).toEqual([
      { kind: "flashcard", prompt: "Who chairs the Fed?", answer: "Jerome Powell", tags: ["economy", "people"], sourceSentence: "Jerome Powell chairs the Fed." },
      { kind: "cloze", prompt: "The ECB sets rates for _____ countries.", answer: "20", tags: ["eu"], sourceSentence: "The ECB sets rates for 20 countries." },
      { kind: "typed", prompt: "Currency of Japan?", answer: "yen", tags: [], sourceSentence: "" },
      { kind: "flashcard", prompt: "=1+1 <b>not</b> bold & safe", answer: "-2", tags: [], sourceSentence: "" },
    ]);
  });

  it("tab-separated export → import gives the same terms and definitions, formula cells neutralised in the file", () => {
    const tsv = writeTsv(questions);
    expect(tsv).toContain("'=1+1");
    const back = parseText(tsv);
    expect(back.separators.field).toBe("\t");
    expect(back.items.map((i) => [i.prompt, i.answer])).toEqual(questions.map((q) => [q.prompt, q.answer]));
  });

  it("Briefdeck CSV export → import keeps kinds, tags and sources", () => {
    const back = parseText(writeBriefdeckCsv(questions));
    expect(back.items.map(({ kind, prompt, answer, tags, sourceSentence }) => ({ kind, prompt, answer, tags, sourceSentence }))).toEqual(
      questions.map(({ kind, prompt, answer, tags, sourceSentence }) => ({ kind, prompt, answer, tags, sourceSentence })),
    );
  });
});
