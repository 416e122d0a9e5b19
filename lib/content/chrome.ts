// Line-level patterns for site chrome seen on scraped news/policy pages. Each pattern must
// match a whole (trimmed, markdown-stripped) line so article prose is never clipped.
export const CHROME_LINE_PATTERNS: readonly RegExp[] = [
  /^search all site content$/i,
  /^total index:.*$/i,
  /^subscribe to our mailing list!?$/i,
  /^sign up for our mailing list\b.*$/i,
  /^the peninsula$/i,
  /^return to the peninsula$/i,
  /^stay informed$/i,
  /^register to receive updates\b.*$/i,
  /^photo (from|by|courtesy)\b.*$/i,
  /^(image|photo) credit:?.*$/i,
  /^related (stories|articles)$/i,
  /^most viewed articles$/i,
  /^please direct questions or comments to\b.*$/i,
  /^button that move to original\b.*$/i,
  /^posted on\s*:.*$/i,
  /^category:.*$/i,
  /^tags?:.*$/i,
  /^share (this|on)\b.*$/i,
  /^(©|\(c\)|copyright\b).*$/i,
  /^all rights reserved\.?$/i,
  /^the (views|opinions) expressed (here|in this)\b.*$/i,
  /^advertisement$/i,
  /^read more\b.*$/i,
  /^\[?english@.*$/i,
];

// One alternation instead of one test per pattern: ingestion asks this of every line.
const CHROME_LINE_RE = new RegExp(CHROME_LINE_PATTERNS.map((re) => `(?:${re.source})`).join("|"), "i");

export function isChromeLine(line: string): boolean {
  return CHROME_LINE_RE.test(line.trim());
}
