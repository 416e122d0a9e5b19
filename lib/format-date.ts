/** Article dates are calendar dates stored at UTC midnight: format them in UTC so no time zone shifts the day. */
export function formatArticleDate(date: Date | null): string | null {
  if (!date) return null;
  return new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(date);
}
