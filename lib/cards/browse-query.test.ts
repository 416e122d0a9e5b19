import { describe, expect, it } from "vitest";
import { BROWSE_MAX_PAGE, browseHref, parseBrowseQuery } from "./browse-query";

describe("parseBrowseQuery", () => {
  it("reads every filter and keeps defaults out of links", () => {
    const { query, rejected } = parseBrowseQuery({ q: " Pyongyang ", deck: "d1", state: "review", due: "today", suspended: "yes", leech: "yes", lapses: "3", sort: "lapses", dir: "desc", page: "2" });
    expect(rejected).toEqual([]);
    expect(query).toMatchObject({ scope: "mine", q: "Pyongyang", deck: "d1", state: "review", due: "today", suspended: "yes", leech: "yes", lapses: 3, sort: "lapses", dir: "desc", page: 2 });
    expect(browseHref(query, { page: 1 })).toBe("/cards?q=Pyongyang&deck=d1&state=review&due=today&suspended=yes&leech=yes&lapses=3&sort=lapses&dir=desc");
    expect(browseHref(parseBrowseQuery({}).query)).toBe("/cards");
  });
  it("drops and names what does not validate, and caps sizes", () => {
    const { query, rejected } = parseBrowseQuery({ state: "bogus", page: String(BROWSE_MAX_PAGE + 1), q: "x".repeat(201), sort: "prompt", lapses: "-1" });
    expect(rejected.sort()).toEqual(["lapses", "page", "q", "state"]);
    expect(query).toMatchObject({ q: "", page: 1, sort: "prompt" });
    expect(query.state).toBeUndefined();
  });
  it("takes the first of repeated params and ignores unknown ones", () => {
    const { query, rejected } = parseBrowseQuery({ q: ["a", "b"], evil: "1" });
    expect(query.q).toBe("a");
    expect(rejected).toEqual([]);
  });
});
