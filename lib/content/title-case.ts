const SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "vs", "with"]);

/** True when the string has letters and none of them are lowercase (a shouted headline). */
export function isAllCaps(s: string): boolean {
  return /[A-Z]/.test(s) && !/[a-z]/.test(s);
}

/**
 * Title Case for ALL-CAPS headlines. Apostrophe suffixes stay lowercase ("KOREA'S" → "Korea's")
 * and short function words stay lowercase except at the start.
 */
export function toTitleCase(s: string): string {
  const words = s.toLowerCase().split(/(\s+)/);
  let index = 0;
  return words
    .map((w) => {
      if (/^\s+$/.test(w)) return w;
      const first = index === 0;
      index++;
      if (!first && SMALL_WORDS.has(w)) return w;
      // Capitalise each hyphen part: "north-east" → "North-East".
      return w.replace(/(^|-)([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join("");
}
