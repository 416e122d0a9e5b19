/**
 * Learner-local study days. ts-fsrs counts UTC days; "due today", "new today"
 * and daily limits instead follow the learner's wall clock in their IANA zone,
 * with the day rolling over at `dayStartHour` (Anki's "next day starts at", default 4am).
 */

export const DEFAULT_DAY_START_HOUR = 4;

export interface LearnerDay {
  /** Local calendar date the study day is named after, "YYYY-MM-DD". */
  key: string;
  /** First instant of the study day (inclusive). */
  start: Date;
  /** First instant of the next study day (exclusive). */
  end: Date;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what we want.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallTime(instantMs: number, timeZone: string): WallTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

/** UTC offset (ms) in effect at an instant. */
function offsetAt(instantMs: number, timeZone: string): number {
  const w = wallTime(instantMs, timeZone);
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - wholeSecond;
}

/**
 * First instant at which the local wall clock reads `y-m-d h:00` or later.
 * Ambiguous (fall-back) ⇒ the earlier instant; skipped (spring-forward gap) ⇒
 * the moment the clock jumps past it, so no wall time is orphaned.
 */
function startOfLocalHour(y: number, m: number, d: number, h: number, timeZone: string): number {
  const asUtc = Date.UTC(y, m - 1, d, h);
  // Offsets a day either side bracket any single transition near the target.
  const before = offsetAt(asUtc - DAY_MS, timeZone);
  const after = offsetAt(asUtc + DAY_MS, timeZone);
  const candidates = [asUtc - before, asUtc - after].sort((a, b) => a - b);
  for (const t of candidates) {
    const w = wallTime(t, timeZone);
    if (w.year === y && w.month === m && w.day === d && w.hour === h && w.minute === 0) return t;
  }
  // In a gap: using the pre-transition offset lands exactly on the jump.
  return asUtc - before;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function assertHour(dayStartHour: number): void {
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`dayStartHour must be an integer 0–23, got ${dayStartHour}`);
  }
}

/** Calendar date (y, m, d) of the study day containing `date`. */
function studyDate(date: Date, timeZone: string, dayStartHour: number): { y: number; m: number; d: number } {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  assertHour(dayStartHour);
  const w = wallTime(ms, timeZone);
  // Before the start hour, the wall-clock date still belongs to yesterday's study day.
  const civil = new Date(Date.UTC(w.year, w.month - 1, w.day) - (w.hour < dayStartHour ? DAY_MS : 0));
  return { y: civil.getUTCFullYear(), m: civil.getUTCMonth() + 1, d: civil.getUTCDate() };
}

/** "YYYY-MM-DD" of the learner's study day that `date` falls in. */
export function dayKeyOf(date: Date, timeZone: string, dayStartHour: number = DEFAULT_DAY_START_HOUR): string {
  const { y, m, d } = studyDate(date, timeZone, dayStartHour);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The learner's study day containing `now`: its key and [start, end) instants (23–25 h long around DST). */
export function learnerDay(now: Date, timeZone: string, dayStartHour: number = DEFAULT_DAY_START_HOUR): LearnerDay {
  const { y, m, d } = studyDate(now, timeZone, dayStartHour);
  const next = new Date(Date.UTC(y, m - 1, d) + DAY_MS);
  return {
    key: `${pad(y, 4)}-${pad(m)}-${pad(d)}`,
    start: new Date(startOfLocalHour(y, m, d, dayStartHour, timeZone)),
    end: new Date(startOfLocalHour(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), dayStartHour, timeZone)),
  };
}

/**
 * The last second (hh:59:59 local) of the calendar date "YYYY-MM-DD" in `timeZone`: an assignment due
 * on a date is due by the end of that day where its instructor lives, not at the end of the UTC day.
 */
export function endOfLocalDate(dateKey: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateKey);
  if (!match) throw new RangeError(`Expected YYYY-MM-DD, got ${dateKey}`);
  const day = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  day.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2030-02-30 over into March; a date that does not exist is refused instead.
  if (day.toISOString().slice(0, 10) !== dateKey) throw new RangeError(`No such date ${dateKey}`);
  const next = new Date(day.getTime() + DAY_MS);
  return new Date(startOfLocalHour(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, timeZone) - 1000);
}
