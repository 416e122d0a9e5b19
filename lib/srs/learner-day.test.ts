import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayKeyOf, endOfLocalDate, learnerDay } from "./learner-day";

const H = 3_600_000;
const iso = (s: string) => new Date(s);
const hours = (d: { start: Date; end: Date }) => (d.end.getTime() - d.start.getTime()) / H;

describe("learnerDay: America/New_York", () => {
  const tz = "America/New_York";

  it("the study day spanning spring-forward is 23 h (04:00 EST → 04:00 EDT)", () => {
    const d = learnerDay(iso("2025-03-08T20:00:00Z"), tz, 4);
    expect(d).toEqual({ key: "2025-03-08", start: iso("2025-03-08T09:00:00Z"), end: iso("2025-03-09T08:00:00Z") });
    expect(hours(d)).toBe(23);
  });

  it("the study day spanning fall-back is 25 h", () => {
    const d = learnerDay(iso("2025-11-02T05:30:00Z"), tz, 4); // 01:30 EDT, before the repeat
    expect(d).toEqual({ key: "2025-11-01", start: iso("2025-11-01T08:00:00Z"), end: iso("2025-11-02T09:00:00Z") });
    expect(hours(d)).toBe(25);
  });

  it("03:59 local belongs to the previous day when the day starts at 4", () => {
    expect(dayKeyOf(iso("2025-06-15T07:59:00Z"), tz, 4)).toBe("2025-06-14"); // 03:59 EDT
    expect(dayKeyOf(iso("2025-06-15T08:00:00Z"), tz, 4)).toBe("2025-06-15"); // 04:00 EDT
    expect(dayKeyOf(iso("2025-06-15T07:59:00Z"), tz, 0)).toBe("2025-06-15");
    expect(dayKeyOf(iso("2025-01-15T08:59:00Z"), tz, 4)).toBe("2025-01-14"); // 03:59 EST
    expect(dayKeyOf(iso("2025-01-15T09:00:00Z"), tz, 4)).toBe("2025-01-15");
  });

  it("a start hour inside the spring-forward gap starts the day when the clock jumps", () => {
    const d = learnerDay(iso("2025-03-09T12:00:00Z"), tz, 2);
    expect(d.key).toBe("2025-03-09");
    expect(d.start).toEqual(iso("2025-03-09T07:00:00Z")); // 01:59:59 EST → 03:00 EDT
    expect(dayKeyOf(iso("2025-03-09T06:59:59Z"), tz, 2)).toBe("2025-03-08");
  });

  it("a start hour that happens twice at fall-back starts at the first one", () => {
    const d = learnerDay(iso("2025-11-02T12:00:00Z"), tz, 1);
    expect(d.start).toEqual(iso("2025-11-02T05:00:00Z")); // 01:00 EDT
    expect(dayKeyOf(iso("2025-11-02T06:30:00Z"), tz, 1)).toBe("2025-11-02"); // 01:30 EST, the repeat
    expect(hours(learnerDay(iso("2025-11-01T12:00:00Z"), tz, 1))).toBe(24);
  });
});

describe("learnerDay: Europe/Berlin", () => {
  const tz = "Europe/Berlin";

  it("spring-forward day is 23 h, fall-back day 25 h", () => {
    const spring = learnerDay(iso("2025-03-29T12:00:00Z"), tz, 4);
    expect(spring).toEqual({ key: "2025-03-29", start: iso("2025-03-29T03:00:00Z"), end: iso("2025-03-30T02:00:00Z") });
    const fall = learnerDay(iso("2025-10-25T12:00:00Z"), tz, 4);
    expect(fall).toEqual({ key: "2025-10-25", start: iso("2025-10-25T02:00:00Z"), end: iso("2025-10-26T03:00:00Z") });
    expect([hours(spring), hours(fall)]).toEqual([23, 25]);
  });

  it("start hour 2 falls in the gap in March and is doubled in October", () => {
    expect(learnerDay(iso("2025-03-30T10:00:00Z"), tz, 2).start).toEqual(iso("2025-03-30T01:00:00Z"));
    expect(learnerDay(iso("2025-10-26T10:00:00Z"), tz, 2).start).toEqual(iso("2025-10-26T00:00:00Z"));
    expect(dayKeyOf(iso("2025-10-26T00:30:00Z"), tz, 2)).toBe("2025-10-26"); // 02:30 CEST
    expect(dayKeyOf(iso("2025-10-26T01:30:00Z"), tz, 2)).toBe("2025-10-26"); // 02:30 CET again
    expect(dayKeyOf(iso("2025-10-25T23:59:00Z"), tz, 2)).toBe("2025-10-25"); // 01:59 CEST
  });
});

describe("learnerDay: far from UTC", () => {
  it("Pacific/Auckland (UTC+12/+13): local date is ahead of UTC; DST days are 25 h and 23 h", () => {
    const tz = "Pacific/Auckland";
    expect(dayKeyOf(iso("2025-06-15T12:30:00Z"), tz, 0)).toBe("2025-06-16"); // 00:30 NZST
    expect(dayKeyOf(iso("2025-06-15T12:30:00Z"), tz, 4)).toBe("2025-06-15");
    const april = learnerDay(iso("2025-04-05T18:00:00Z"), tz, 4); // 06:00 NZST, after the switch
    expect(april).toEqual({ key: "2025-04-06", start: iso("2025-04-05T16:00:00Z"), end: iso("2025-04-06T16:00:00Z") });
    expect(dayKeyOf(iso("2025-04-05T12:00:00Z"), tz, 4)).toBe("2025-04-05"); // 01:00 NZDT
    expect(hours(learnerDay(iso("2025-04-05T00:00:00Z"), tz, 4))).toBe(25);
    expect(hours(learnerDay(iso("2025-09-27T00:00:00Z"), tz, 4))).toBe(23);
  });

  it("Pacific/Kiritimati (UTC+14): a whole calendar day ahead of UTC at midday UTC", () => {
    const tz = "Pacific/Kiritimati";
    expect(learnerDay(iso("2025-06-15T14:00:00Z"), tz, 4)).toEqual({
      key: "2025-06-16",
      start: iso("2025-06-15T14:00:00Z"),
      end: iso("2025-06-16T14:00:00Z"),
    });
    expect(dayKeyOf(iso("2025-06-15T13:59:59Z"), tz, 4)).toBe("2025-06-15");
    expect(dayKeyOf(iso("2025-12-31T10:00:00Z"), tz, 0)).toBe("2026-01-01");
  });
});

describe("learnerDay: invariants", () => {
  const zones = ["America/New_York", "Europe/Berlin", "Pacific/Auckland", "Pacific/Kiritimati", "Australia/Lord_Howe", "Asia/Kolkata", "UTC", "America/Los_Angeles"];

  it("start ≤ now < end, key matches, the day is contiguous with the next, 23–25 h long", () => {
    fc.assert(
      fc.property(
        fc.date({ min: iso("1996-01-01T00:00:00Z"), max: iso("2045-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        (now, tz, hour) => {
          const d = learnerDay(now, tz, hour);
          expect(d.start.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(now.getTime()).toBeLessThan(d.end.getTime());
          expect(dayKeyOf(now, tz, hour)).toBe(d.key);
          expect(dayKeyOf(d.start, tz, hour)).toBe(d.key);
          expect(dayKeyOf(new Date(d.end.getTime() - 1), tz, hour)).toBe(d.key);
          expect(dayKeyOf(new Date(d.start.getTime() - 1), tz, hour)).not.toBe(d.key);
          expect(learnerDay(d.end, tz, hour).start).toEqual(d.end);
          expect(hours(d)).toBeGreaterThanOrEqual(23);
          expect(hours(d)).toBeLessThanOrEqual(25);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("rejects bad input", () => {
    expect(() => learnerDay(new Date(0), "Mars/Olympus_Mons", 4)).toThrow(RangeError);
    expect(() => learnerDay(new Date(0), "UTC", 24)).toThrow(RangeError);
    expect(() => dayKeyOf(new Date(Number.NaN), "UTC", 4)).toThrow(RangeError);
  });
});

describe("endOfLocalDate: a calendar date's last second in a zone", () => {
  it("ends the day on the local wall clock, east and west of UTC", () => {
    expect(endOfLocalDate("2030-06-30", "UTC").toISOString()).toBe("2030-06-30T23:59:59.000Z");
    expect(endOfLocalDate("2030-06-30", "America/Los_Angeles").toISOString()).toBe("2030-07-01T06:59:59.000Z");
    expect(endOfLocalDate("2030-06-30", "Pacific/Auckland").toISOString()).toBe("2030-06-30T11:59:59.000Z");
    expect(endOfLocalDate("2030-06-30", "Asia/Kolkata").toISOString()).toBe("2030-06-30T18:29:59.000Z");
    expect(endOfLocalDate("2030-06-30", "Pacific/Kiritimati").toISOString()).toBe("2030-06-30T09:59:59.000Z");
  });

  it("follows the offset in force at the end of a daylight-saving change day", () => {
    // New York springs forward on 2026-03-08: the day ends at 23:59:59 EDT (UTC−4).
    expect(endOfLocalDate("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-09T03:59:59.000Z");
    // Berlin falls back on 2026-10-25: the day ends at 23:59:59 CET (UTC+1).
    expect(endOfLocalDate("2026-10-25", "Europe/Berlin").toISOString()).toBe("2026-10-25T22:59:59.000Z");
  });

  it("is the last second of the local date for any zone and date (the next second is the next day)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: iso("1996-01-01T00:00:00Z"), max: iso("2045-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom("UTC", "America/New_York", "Europe/Berlin", "Pacific/Auckland", "Asia/Kolkata", "Australia/Lord_Howe"),
        (date, tz) => {
          const key = date.toISOString().slice(0, 10);
          const end = endOfLocalDate(key, tz);
          expect(dayKeyOf(end, tz, 0)).toBe(key);
          expect(dayKeyOf(new Date(end.getTime() + 1000), tz, 0)).not.toBe(key);
        },
      ),
    );
  });

  it("refuses a date that does not exist or is not YYYY-MM-DD", () => {
    expect(() => endOfLocalDate("2030-02-30", "UTC")).toThrow(RangeError);
    expect(() => endOfLocalDate("30/06/2030", "UTC")).toThrow(RangeError);
  });
});
