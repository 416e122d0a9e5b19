import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseCsv, CsvSyntaxError } from "@/lib/csv/parse-csv";
import { writeCsv } from "@/lib/csv/write-csv";

describe("RFC 4180 CSV", () => {
  it("parses quotes, embedded commas, doubled quotes, CRLF and line breaks in fields with line numbers", () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\r\n"multi\nline",z\n\nlast,1';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"'] },
      { line: 3, fields: ["multi\nline", "z"] },
      { line: 6, fields: ["last", "1"] },
    ]);
  });

  it("rejects a stray quote with its line", () => {
    expect(() => parseCsv('a,b\nx"y,z')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n"open,z')).toThrow(/Line 2/);
  });

  it("round-trips any table of strings", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "\n", "\r\n", "é", "|") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const out = parseCsv(writeCsv(["h1", "h2"], rows)).map((r) => r.fields);
        expect(out).toEqual([["h1", "h2"], ...rows]);
      }),
    );
  });
});
