/**
 * Arithmetic on learner-local day keys ("YYYY-MM-DD"). A key names a calendar date, not an
 * instant, so we compute on it as a UTC midnight: no time zone or DST can shift it.
 */

const DAY_MS = 86_400_000;
const KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayKeyToUtcMs(key: string): number {
  const m = KEY.exec(key);
  if (!m) throw new RangeError(`Not a day key: ${key}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function utcMsToDayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(key: string, days: number): string {
  return utcMsToDayKey(dayKeyToUtcMs(key) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayKeyToUtcMs(to) - dayKeyToUtcMs(from)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday (ISO weekday − 1). */
export function weekdayOf(key: string): number {
  return (new Date(dayKeyToUtcMs(key)).getUTCDay() + 6) % 7;
}

/** The Monday that starts the week containing `key`. */
export function weekStartOf(key: string): string {
  return addDays(key, -weekdayOf(key));
}
