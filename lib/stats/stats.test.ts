import { describe, expect, it } from "vitest";
import { aggregateDays } from "./aggregate-days";
import { countStates } from "./card-states";
import { addDays, daysBetween, weekStartOf, weekdayOf } from "./day-key";
import { buildForecast } from "./forecast";
import { hardestCards } from "./hardest";
import { buildHeatmap } from "./heatmap";
import { computeMastery } from "./mastery";
import { overallRetention, weeklyRetention } from "./retention";
import { retrievability } from "@/lib/srs/retrievability";
import { stabilityHistogram } from "./stability-histogram";
import { computeStreak } from "./streak";
import type { CardStatInput } from "./types";

const DAY = 86_400_000;

// A small hand-written review log: the same six UTC instants, seen from three places.
const log = [
  { reviewedAt: new Date("2026-03-10T10:00:00Z"), rating: 3 }, // Auckland 23:00 10th · LA 03:00 10th (before 4am → 9th)
  { reviewedAt: new Date("2026-03-10T20:00:00Z"), rating: 1 }, // Auckland 09:00 11th · LA 13:00 10th
  { reviewedAt: new Date("2026-03-10T23:30:00Z"), rating: 3 }, // Auckland 12:30 11th · LA 16:30 10th
  { reviewedAt: new Date("2026-03-11T12:00:00Z"), rating: 4 }, // Auckland 01:00 12th (→ 11th) · LA 05:00 11th
  { reviewedAt: new Date("2026-03-12T18:00:00Z"), rating: 1 }, // Auckland 07:00 13th · LA 11:00 12th
  { reviewedAt: new Date("2026-03-12T18:05:00Z"), rating: 2 }, // same minute-ish
];

describe("day keys", () => {
  it("does calendar arithmetic without time zones", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    expect(weekdayOf("2026-11-23")).toBe(0); // a Monday
    expect(weekdayOf("2026-11-22")).toBe(6); // a Sunday
    expect(weekStartOf("2026-11-22")).toBe("2026-11-16");
  });
});

describe("aggregateDays (heatmap days per time zone)", () => {
  it("puts the same instants on different local days in Auckland and Los Angeles", () => {
    expect(aggregateDays(log, "Pacific/Auckland", 4)).toEqual([
      { dayKey: "2026-03-10", reviews: 1, againCount: 0 },
      { dayKey: "2026-03-11", reviews: 3, againCount: 1 },
      { dayKey: "2026-03-13", reviews: 2, againCount: 1 },
    ]);
    expect(aggregateDays(log, "America/Los_Angeles", 4)).toEqual([
      { dayKey: "2026-03-09", reviews: 1, againCount: 0 },
      { dayKey: "2026-03-10", reviews: 2, againCount: 1 },
      { dayKey: "2026-03-11", reviews: 1, againCount: 0 },
      { dayKey: "2026-03-12", reviews: 2, againCount: 1 },
    ]);
    expect(aggregateDays(log, "UTC", 0).map((d) => [d.dayKey, d.reviews])).toEqual([
      ["2026-03-10", 3],
      ["2026-03-11", 1],
      ["2026-03-12", 2],
    ]);
  });
});

describe("buildHeatmap", () => {
  it("lays a year of local days out in Monday-first weeks with counts and levels", () => {
    const days = aggregateDays(log, "Pacific/Auckland", 4);
    const map = buildHeatmap(days, "2026-03-13", 365);
    expect(map.firstDay).toBe("2025-03-14");
    expect(map.total).toBe(6);
    expect(map.activeDays).toBe(3);
    expect(map.max).toBe(3);
    expect(map.todayCount).toBe(2);
    const cells = map.weeks.flat().filter((c) => c !== null);
    expect(cells).toHaveLength(365);
    expect(map.weeks.every((w) => w.length === 7)).toBe(true);
    // 2025-03-14 is a Friday: four blank cells before it.
    expect(map.weeks[0]?.slice(0, 4)).toEqual([null, null, null, null]);
    const byKey = new Map(cells.map((c) => [c.dayKey, c]));
    expect(byKey.get("2026-03-11")).toEqual({ dayKey: "2026-03-11", count: 3, level: 4 });
    expect(byKey.get("2026-03-10")).toEqual({ dayKey: "2026-03-10", count: 1, level: 2 });
    expect(byKey.get("2026-03-12")).toEqual({ dayKey: "2026-03-12", count: 0, level: 0 });
  });

  it("ignores days outside the window and shows a different today per zone", () => {
    const la = buildHeatmap(aggregateDays(log, "America/Los_Angeles", 4), "2026-03-12", 3);
    expect(la.firstDay).toBe("2026-03-10");
    expect(la.total).toBe(5); // the 9th is outside
    expect(la.todayCount).toBe(2);
  });
});

describe("computeStreak", () => {
  const days = (keys: string[]) => keys.map((dayKey) => ({ dayKey, reviews: 2, againCount: 0 }));
  it("counts consecutive days ending today", () => {
    expect(computeStreak(days(["2026-03-08", "2026-03-10", "2026-03-11", "2026-03-12"]), "2026-03-12")).toEqual({ current: 3, longest: 3, reviewedToday: true });
  });
  it("keeps the streak alive until today is over", () => {
    expect(computeStreak(days(["2026-03-10", "2026-03-11"]), "2026-03-12")).toEqual({ current: 2, longest: 2, reviewedToday: false });
  });
  it("breaks after a missed day and remembers the longest run", () => {
    const s = computeStreak(days(["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04", "2026-03-10"]), "2026-03-12");
    expect(s).toEqual({ current: 0, longest: 4, reviewedToday: false });
  });
  it("ignores zero-review days", () => {
    expect(computeStreak([{ dayKey: "2026-03-12", reviews: 0, againCount: 0 }], "2026-03-12").current).toBe(0);
  });
  it("follows the local calendar: Auckland has a 1-day streak where LA has 4", () => {
    expect(computeStreak(aggregateDays(log, "Pacific/Auckland", 4), "2026-03-13").current).toBe(1);
    expect(computeStreak(aggregateDays(log, "America/Los_Angeles", 4), "2026-03-12").current).toBe(4);
  });
});

describe("buildForecast", () => {
  const now = new Date("2026-03-10T20:00:00Z");
  const card = (due: string, state = 2) => ({ state, due: new Date(due) });
  it("counts overdue as today and bins by learner-local day", () => {
    const f = buildForecast(
      [
        card("2026-03-01T00:00:00Z"), // overdue → today
        card("2026-03-10T19:00:00Z", 1), // learning, due an hour ago → today
        card("2026-03-11T10:00:00Z"), // LA 03:00 on the 11th: still the 10th's study day
        card("2026-03-11T12:00:00Z"), // LA 05:00 on the 11th → tomorrow
        card("2026-03-20T12:00:00Z"),
        card("2026-03-10T21:00:00Z", 0), // new: not part of the forecast
        card("2027-01-01T00:00:00Z"), // beyond 30 days
      ],
      now,
      "America/Los_Angeles",
      4,
      30,
    );
    expect(f.days).toHaveLength(30);
    expect(f.days[0]).toEqual({ dayKey: "2026-03-10", count: 3 });
    expect(f.days[1]).toEqual({ dayKey: "2026-03-11", count: 1 });
    expect(f.days[10]).toEqual({ dayKey: "2026-03-20", count: 1 });
    expect(f.days[29]?.dayKey).toBe("2026-04-08");
    expect(f.total).toBe(5);
    expect(f.overdue).toBe(2);
  });
  it("uses Auckland's calendar for the same cards", () => {
    const f = buildForecast([card("2026-03-11T10:00:00Z"), card("2026-03-11T12:00:00Z")], now, "Pacific/Auckland", 4, 3);
    // now = Auckland 09:00 on the 11th; 10:00Z = 23:00 on the 11th, 12:00Z = 01:00 on the 12th (before 4am → 11th)
    expect(f.days).toEqual([
      { dayKey: "2026-03-11", count: 2 },
      { dayKey: "2026-03-12", count: 0 },
      { dayKey: "2026-03-13", count: 0 },
    ]);
  });
});

describe("weeklyRetention", () => {
  it("sums each Monday-first week and divides not-Again by all reviews", () => {
    const weeks = weeklyRetention(
      [
        { dayKey: "2026-03-02", reviews: 10, againCount: 1 }, // Mon
        { dayKey: "2026-03-08", reviews: 10, againCount: 3 }, // Sun, same week
        { dayKey: "2026-03-09", reviews: 4, againCount: 0 }, // next Mon
        { dayKey: "2026-03-20", reviews: 9, againCount: 9 }, // after today: ignored
      ],
      "2026-03-12",
      3,
    );
    expect(weeks).toEqual([
      { weekStart: "2026-02-23", reviews: 0, again: 0, retention: null },
      { weekStart: "2026-03-02", reviews: 20, again: 4, retention: 0.8 },
      { weekStart: "2026-03-09", reviews: 4, again: 0, retention: 1 },
    ]);
  });
  it("overall retention over all days", () => {
    expect(overallRetention([{ dayKey: "2026-03-02", reviews: 8, againCount: 2 }])).toBe(0.75);
    expect(overallRetention([])).toBeNull();
  });
});

describe("retrievability", () => {
  const now = new Date("2026-03-10T00:00:00Z");
  it("is 90 % after exactly `stability` days and 100 % right after a review", () => {
    expect(retrievability({ state: 2, stability: 10, lastReview: new Date(now.getTime() - 10 * DAY) }, now)).toBeCloseTo(0.9, 6);
    expect(retrievability({ state: 2, stability: 10, lastReview: now }, now)).toBeCloseTo(1, 6);
  });
  it("falls with time and is 0 for new cards", () => {
    const a = retrievability({ state: 2, stability: 5, lastReview: new Date(now.getTime() - 5 * DAY) }, now);
    const b = retrievability({ state: 2, stability: 5, lastReview: new Date(now.getTime() - 50 * DAY) }, now);
    expect(b).toBeLessThan(a);
    expect(b).toBeGreaterThan(0);
    expect(retrievability({ state: 0, stability: 0, lastReview: null }, now)).toBe(0);
  });
});

describe("computeMastery", () => {
  it("averages retrievability over every question, unstudied counting 0", () => {
    const questions = [
      { id: "q1", deckId: "d1", tags: ["Russia", "sanctions"] },
      { id: "q2", deckId: "d1", tags: ["Russia"] },
      { id: "q3", deckId: "d1", tags: ["China", "China"] },
      { id: "q4", deckId: "d2", tags: ["China"] },
    ];
    const r = new Map([
      ["q1", 0.9],
      ["q2", 0.5],
      ["q4", 0.8],
    ]);
    const { byDeck, byTag } = computeMastery(questions, r);
    expect(byDeck).toEqual([
      { key: "d2", questions: 1, studied: 1, mastery: 0.8 },
      { key: "d1", questions: 3, studied: 2, mastery: (0.9 + 0.5) / 3 },
    ]);
    expect(byTag.find((t) => t.key === "Russia")).toEqual({ key: "Russia", questions: 2, studied: 2, mastery: 0.7 });
    expect(byTag.find((t) => t.key === "China")).toEqual({ key: "China", questions: 2, studied: 1, mastery: 0.4 });
    expect(byTag.find((t) => t.key === "sanctions")?.mastery).toBeCloseTo(0.9);
  });
});

describe("card states and stability", () => {
  const c = (state: number, stability: number) => ({ state, stability });
  it("counts each FSRS state", () => {
    expect(countStates([c(0, 0), c(1, 0.5), c(2, 4), c(2, 40), c(3, 2)])).toEqual({ new: 1, learning: 1, review: 2, relearning: 1 });
  });
  it("bins stability in days, leaving new cards out", () => {
    const bins = stabilityHistogram([c(0, 0), c(1, 0.2), c(2, 1), c(2, 6.9), c(2, 7), c(2, 20), c(2, 30), c(2, 100), c(2, 179.9), c(2, 400)]);
    expect(bins.map((b) => [b.label, b.count])).toEqual([
      ["<1d", 1],
      ["1–3d", 1],
      ["3–7d", 1],
      ["1–2w", 1],
      ["2w–1m", 1],
      ["1–3m", 1],
      ["3–6m", 2],
      [">6m", 1],
    ]);
  });
});

describe("hardestCards", () => {
  it("ranks by lapses, then Again answers, and skips cards never failed", () => {
    const cards: Pick<CardStatInput, "questionId" | "lapses" | "againCount" | "attempts">[] = [
      { questionId: "easy", lapses: 0, againCount: 0, attempts: 5 },
      { questionId: "a", lapses: 1, againCount: 4, attempts: 9 },
      { questionId: "b", lapses: 3, againCount: 3, attempts: 9 },
      { questionId: "c", lapses: 1, againCount: 5, attempts: 9 },
      { questionId: "d", lapses: 0, againCount: 1, attempts: 2 },
    ];
    expect(hardestCards(cards).map((c) => c.questionId)).toEqual(["b", "c", "a", "d"]);
    expect(hardestCards(cards, 2).map((c) => c.questionId)).toEqual(["b", "c"]);
  });
});
