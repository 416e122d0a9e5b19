import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/app/(auth)/safe-next-path";

describe("safeNextPath (open-redirect guard for ?next=)", () => {
  it.each([
    ["/decks/abc?x=1#q", "/decks/abc?x=1#q"],
    ["/account", "/account"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["decks", "/"],
    ["/sign-in?next=/x", "/"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    [undefined, "/"],
    [["/a", "/b"], "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});
