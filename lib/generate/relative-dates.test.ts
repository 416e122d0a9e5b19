import { describe, expect, it } from "vitest";
import { dateAnswer, referenceFrom, resolveRelativeDates, type TimeContext } from "./relative-dates";

const ctx = (published: string | null, yearHint: number | null = null, narrativeMonth: number | null = null): TimeContext => ({
  ref: referenceFrom(published, yearHint),
  narrativeMonth,
  narrativeYear: narrativeMonth ? Number((published ?? "2012").slice(0, 4)) : null,
});

describe("relative dates", () => {
  it("anchors last week / last month / last year to the publication date", () => {
    expect(resolveRelativeDates("Last month, Pyongyang sent a minister.", ctx("2015-02-18")).text).toBe("In January 2015, Pyongyang sent a minister.");
    expect(resolveRelativeDates("and, last week, the Chamber acted", ctx("2015-02-18")).text).toBe("and, in the week of February 9, 2015, the Chamber acted");
    expect(resolveRelativeDates("late last year he was purged", ctx(null, 2014)).text).toBe("in late 2013 he was purged");
  });

  it("adds the year to bare months and month-days, looking back from publication", () => {
    expect(resolveRelativeDates("In May, Kim traveled.", ctx("2012-08-22")).text).toBe("In May 2012, Kim traveled.");
    expect(resolveRelativeDates("In October, a delegation visited.", ctx("2012-08-22")).text).toBe("In October 2011, a delegation visited.");
    expect(resolveRelativeDates("on June 1 Indonesia agreed", ctx("2012-08-22")).text).toBe("on June 1, 2012 Indonesia agreed");
    expect(resolveRelativeDates("would open an office in June to help", ctx("2023-03-14")).text).toBe("would open an office in June 2023 to help");
  });

  it("'the following month' follows the narrative month; 'the following Mar. 7' the year just stated", () => {
    expect(resolveRelativeDates("The following month Hor Namhong visited", ctx("2012-08-22", null, 5)).text).toBe("In June 2012 Hor Namhong visited");
    expect(resolveRelativeDates("the test on Feb. 12, 2013, and Resolution 2094 the following Mar. 7.", ctx("2016-08-23")).text).toContain("the following Mar. 7, 2013.");
  });

  it("flags what it cannot anchor", () => {
    const r = resolveRelativeDates("Last month talks resumed.", ctx(null, null));
    expect(r.unresolved).toBe(true);
    expect(r.text).toBe("Last month talks resumed.");
  });

  it("builds date answers with accepted surface forms", () => {
    const d = dateAnswer({ month: 1, day: 6 }, "Jan. 6", ctx("2016-08-23"), "the test on ");
    expect(d?.answer).toBe("January 6, 2016");
    expect(d?.accepted).toEqual(expect.arrayContaining(["Jan. 6", "2016-01-06"]));
  });
});
