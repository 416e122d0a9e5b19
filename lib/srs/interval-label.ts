const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Anki's units (rslib/src/scheduler/timespan.rs): a month is a twelfth of a 365-day year.
const YEAR = 365 * DAY;
const MONTH = YEAR / 12;

/**
 * Anki-style short label for an interval: "45s", "10m", "1.5h", "3d", "2.1mo", "1.2y".
 * Seconds, minutes and days are whole numbers; hours, months and years keep one decimal.
 */
export function formatInterval(ms: number): string {
  const abs = Math.abs(ms);
  const sign = ms < 0 ? "-" : "";
  if (abs < MINUTE) return `${sign}${Math.round(abs / SECOND)}s`;
  if (abs < HOUR) return `${sign}${Math.round(abs / MINUTE)}m`;
  if (abs < DAY) return `${sign}${oneDecimal(abs / HOUR)}h`;
  if (abs < MONTH) return `${sign}${Math.round(abs / DAY)}d`;
  if (abs < YEAR) return `${sign}${oneDecimal(abs / MONTH)}mo`;
  return `${sign}${oneDecimal(abs / YEAR)}y`;
}

function oneDecimal(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}
