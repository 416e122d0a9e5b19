/** Formatting shared by the charts (day keys are calendar dates: format them in UTC). */

const dayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const longDayFormat = new Intl.DateTimeFormat("en-US", { weekday: "short", year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });
const monthYearFormat = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

const asDate = (dayKey: string) => new Date(`${dayKey}T00:00:00Z`);

export const shortDay = (dayKey: string) => dayFormat.format(asDate(dayKey));
export const shortDate = (dayKey: string) => dateFormat.format(asDate(dayKey));
export const longDay = (dayKey: string) => longDayFormat.format(asDate(dayKey));
export const monthName = (dayKey: string) => monthFormat.format(asDate(dayKey));
export const monthYear = (dayKey: string) => monthYearFormat.format(asDate(dayKey));
export const percent = (x: number, digits = 0) => `${(x * 100).toFixed(digits)}%`;
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** A round axis maximum (1, 2, 5 × 10ⁿ) at or above `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}
