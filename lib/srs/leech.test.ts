import { describe, expect, it } from "vitest";
import { becomesLeech, LEECH_LAPSES, toLeechAction } from "./leech";

describe("becomesLeech", () => {
  it("fires on the 8th lapse, then every 4 lapses", () => {
    const fired = Array.from({ length: 20 }, (_, i) => i + 1).filter((n) => becomesLeech(n - 1, n));
    expect(fired).toEqual([8, 12, 16, 20]);
    expect(LEECH_LAPSES).toBe(8);
  });
  it("never fires when the answer was not a lapse", () => {
    expect(becomesLeech(8, 8)).toBe(false);
    expect(becomesLeech(7, 7)).toBe(false);
    expect(becomesLeech(0, 0)).toBe(false);
  });
  it("reads an unknown setting as suspend", () => {
    expect(toLeechAction("tag")).toBe("tag");
    expect(toLeechAction("suspend")).toBe("suspend");
    expect(toLeechAction("x")).toBe("suspend");
  });
});
