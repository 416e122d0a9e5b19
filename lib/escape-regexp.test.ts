import { describe, expect, it } from "vitest";
import { escapeRegExp } from "./escape-regexp";

describe("escapeRegExp", () => {
  it("matches names with metacharacters literally", () => {
    for (const s of ["C$612m", "(Reuters)", "St. Louis", "a+b*c?", "[1] {2} ^x|y\\z"]) {
      expect(new RegExp(`^${escapeRegExp(s)}$`).test(s)).toBe(true);
    }
    expect(new RegExp(escapeRegExp("St. Louis")).test("StX Louis")).toBe(false);
  });
});
