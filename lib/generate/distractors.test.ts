import { describe, expect, it } from "vitest";
import { buildDistractorPool, chooseDistractors, orderChoices } from "./distractors";
import { ingestArticle } from "@/lib/content/ingest-article";
import { answerShape } from "./validate";

const pool = buildDistractorPool([ingestArticle("Headline\n\nBy A B\n\nPublished May 1, 2015\n\nVietnam, Laos and Japan met China. Kim Yong-nam met Park Geun-hye and Ri Su-yong. Resolution 2094 followed. It cost $3 million.")]);

describe("distractors", () => {
  it("countries get countries, never the other member of a stated pair", () => {
    const d = chooseDistractors({ type: "country", answer: "Indonesia" }, pool, ["Singapore"], "seed");
    expect(d).toHaveLength(3);
    for (const x of d ?? []) {
      expect(answerShape(x)).toBe("country");
      expect(x).not.toBe("Singapore");
      expect(x).not.toBe("Indonesia");
    }
  });

  it("people get people of the same naming style", () => {
    const d = chooseDistractors({ type: "person", answer: "Jang Sung-taek" }, pool, [], "s");
    expect(d).toHaveLength(3);
    for (const x of d ?? []) expect(answerShape(x)).toBe("person");
  });

  it("amounts keep the unit and scale, resolutions stay resolutions", () => {
    const m = chooseDistractors({ type: "money", answer: "$2 million", value: 2e6, unit: "million" }, pool, [], "s") ?? [];
    expect(m).toHaveLength(3);
    for (const x of m) expect(x).toMatch(/^\$[\d.]+ million$/);
    const r = chooseDistractors({ type: "resolution", answer: "Resolution 2270", value: 2270 }, pool, [], "s") ?? [];
    for (const x of r) expect(x).toMatch(/^Resolution \d{4}$/);
    expect(new Set([...r, "Resolution 2270"]).size).toBe(4);
  });

  it("dates keep their granularity", () => {
    const d = chooseDistractors({ type: "date", answer: "March 2, 2016", granularity: "day", year: 2016, month: 3, day: 2 }, pool, [], "s") ?? [];
    expect(d).toHaveLength(3);
    for (const x of d) expect(answerShape(x)).toBe("date:day");
  });

  it("list answers get lists of the same length without any true member", () => {
    const d = chooseDistractors({ type: "list", answer: "Indonesia and Singapore", items: ["Indonesia", "Singapore"], itemType: "country" }, pool, [], "s") ?? [];
    expect(d).toHaveLength(3);
    for (const x of d) {
      expect(x).toMatch(/^[A-Z][\w ]+ and [A-Z][\w ]+$/);
      expect(x).not.toMatch(/Indonesia|Singapore/);
    }
  });

  it("returns null rather than padding with off-type choices", () => {
    expect(chooseDistractors({ type: "ordinal", answer: "fourth" }, pool, [], "s")).toBeNull();
    expect(chooseDistractors({ type: "name", answer: "Leap Day Agreement" }, new Map(), [], "s")).toBeNull();
  });

  it("orders choices deterministically with the answer exactly once", () => {
    const a = orderChoices("X", ["A", "B", "C"], "p");
    expect(a).toEqual(orderChoices("X", ["A", "B", "C"], "p"));
    expect(a.filter((c) => c === "X")).toHaveLength(1);
  });
});
