import { describe, expect, it } from "vitest";
import { BROWSE_COUNT_CAP, browsePage } from "@/lib/server/cards/browse-page";

// Paging without a count where the page itself tells it, and a capped count where it cannot.
const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("browsePage", () => {
  it("a short first page is its own count: no count query", async () => {
    let counted = 0;
    const r = await browsePage(1, async (limit) => rows(Math.min(limit, 7)), async () => ++counted);
    expect(r).toMatchObject({ total: 7, totalCapped: false, hasNext: false });
    expect(r.rows).toHaveLength(7);
    expect(counted).toBe(0);
  });
  it("reads one row more than a page to know there is a next one, then counts (capped)", async () => {
    const asked: number[] = [];
    const r = await browsePage(3, async (limit, offset) => (asked.push(limit, offset), rows(limit)), async (cap) => Math.min(cap, 1234));
    expect(asked).toEqual([51, 100]);
    expect(r).toMatchObject({ total: 1234, totalCapped: false, hasNext: true, page: 3 });
    expect(r.rows).toHaveLength(50);
    const big = await browsePage(1, async (limit) => rows(limit), async (cap) => cap);
    expect(big).toMatchObject({ total: BROWSE_COUNT_CAP, totalCapped: true });
  });
  it("a page past the end still counts, so the screen can say how many there are", async () => {
    const r = await browsePage(9, async () => [], async () => 62);
    expect(r).toMatchObject({ rows: [], total: 62, hasNext: false });
  });
});
