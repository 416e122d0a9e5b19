import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { fsrsParametersSchema, parseStoredFsrsParameters } from "./fsrs-parameters";
import { expandOptimizerItems, isValidOptimizerItem, toOptimizerSequences, type OptimizerLogRow } from "./optimizer-items";

const at = (day: string, time = "10:00") => new Date(`${day}T${time}:00Z`);
const row = (cardId: string, rating: number, stateBefore: number, day: string, time?: string): OptimizerLogRow => ({
  cardId,
  rating,
  stateBefore,
  dayKey: day,
  reviewedAt: at(day, time),
});

describe("review log → optimiser sequences", () => {
  it("orders each card's answers by time and counts intervals in the learner's days", () => {
    const out = toOptimizerSequences([
      row("a", 3, 2, "2025-01-04"),
      row("a", 1, 0, "2025-01-01", "09:00"),
      row("a", 3, 1, "2025-01-01", "09:10"),
      row("b", 4, 0, "2025-01-02"),
    ]);
    expect(out.sequences).toEqual([
      [[1, 0], [3, 0], [3, 3]],
      [[4, 0]],
    ]);
    expect(out.reviews).toBe(4);
  });

  it("leaves out a card with a rating outside 1–4 or an unreadable day, and answers before a card's first (new) answer", () => {
    const out = toOptimizerSequences([
      row("bad", 1, 0, "2025-01-01"),
      row("bad", 5, 2, "2025-01-03"),
      row("day", 3, 0, "2025-01-01"),
      { ...row("day", 3, 2, "2025-01-01"), dayKey: "yesterday" },
      row("headless", 3, 2, "2025-01-01"),
      row("headless", 3, 0, "2025-01-02"),
      row("headless", 3, 1, "2025-01-05"),
    ]);
    expect(out.dropped).toEqual({ invalidRating: 2, badDay: 2, noFirstAnswer: 1 });
    expect(out.sequences).toEqual([[[3, 0], [3, 3]]]);
  });

  it("never gives a negative interval (a time-zone change that moves a later answer to an earlier day)", () => {
    const out = toOptimizerSequences([row("a", 3, 0, "2025-01-02", "01:00"), { ...row("a", 3, 2, "2025-01-01", "05:00"), reviewedAt: at("2025-01-02", "05:00") }]);
    expect(out.sequences).toEqual([[[3, 0], [3, 0]]]);
  });
});

describe("optimiser items", () => {
  it("accept only what fsrs-rs accepts: first at 0 days, ratings 1–4, whole days, one of them positive", () => {
    expect(isValidOptimizerItem([[3, 0], [3, 2]])).toBe(true);
    expect(isValidOptimizerItem([[3, 0], [3, 0]])).toBe(false); // would abort the process: no positive interval
    expect(isValidOptimizerItem([[3, 0]])).toBe(false);
    expect(isValidOptimizerItem([[3, 1], [3, 2]])).toBe(false);
    expect(isValidOptimizerItem([[3, 0], [0, 2]])).toBe(false);
    expect(isValidOptimizerItem([[3, 0], [3, 1.5]])).toBe(false);
    expect(isValidOptimizerItem([[3, 0], [3, -1]])).toBe(false);
    expect(isValidOptimizerItem([[3, 0], [3, Number.NaN]])).toBe(false);
  });

  it("are one per answer after the first, holding the history so far, without items that have no positive interval", () => {
    expect(expandOptimizerItems([[[1, 0], [3, 0], [3, 1], [3, 0]], [[3, 0], [3, 0]], [[4, 0]]])).toEqual([
      [[1, 0], [3, 0], [3, 1]],
      [[1, 0], [3, 0], [3, 1], [3, 0]],
    ]);
  });
});

describe("stored FSRS parameters", () => {
  it("accept ts-fsrs' defaults and refuse a wrong length, non-finite numbers and values outside the clamp ranges", () => {
    expect(fsrsParametersSchema.safeParse([...default_w]).success).toBe(true);
    expect(fsrsParametersSchema.safeParse(default_w.slice(0, 19)).success).toBe(false);
    expect(fsrsParametersSchema.safeParse([...default_w.slice(0, 20), Number.NaN]).success).toBe(false);
    expect(fsrsParametersSchema.safeParse([...default_w.slice(0, 20), Infinity]).success).toBe(false);
    expect(fsrsParametersSchema.safeParse([...default_w.slice(0, 20), 5]).success).toBe(false); // decay above 0.8
    expect(fsrsParametersSchema.safeParse([-1, ...default_w.slice(1)]).success).toBe(false);
  });

  it("read back as the defaults (null) when the column is empty or malformed", () => {
    expect(parseStoredFsrsParameters(null)).toBeNull();
    expect(parseStoredFsrsParameters("not json")).toBeNull();
    expect(parseStoredFsrsParameters("[1,2,3]")).toBeNull();
    expect(parseStoredFsrsParameters(JSON.stringify(default_w))).toEqual([...default_w]);
  });
});
