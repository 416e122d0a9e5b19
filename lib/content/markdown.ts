// Inline Markdown is removed with expressions whose every match attempt stops at the next delimiter
// (no `.+?` that may run to the end of the text from each of many starts), so the time stays linear even
// for a megabyte of " *a" or "[". tests/security/adversarial-ingestion.test.ts holds them to that.

/** Removes inline markdown (images, emphasis, escapes, links) while keeping the words. */
export function stripInlineMarkdown(s: string): string {
  if (!/[*_[\\]/.test(s)) return s; // most lines have no markup at all
  return s
    .replace(/!\[[^[\]\n]*\]\([^()\n]*\)/g, "") // an image is not prose: "![a photo](x.jpg)" → ""
    .replace(/\\([\\`*_{}[\]()#+\-.!$])/g, "$1") // "\$10" → "$10", "\-" → "-"
    .replace(/\*\*((?:[^*\n]|\*(?!\*))+?)\*\*/g, "$1")
    .replace(/__((?:[^_\n]|_(?!_))+?)__/g, "$1")
    .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)(?<!\s)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^_\w])_(?!\s)([^_\n]+?)(?<!\s)_(?!\w)/g, "$1$2")
    .replace(/\[([^[\]\n]+)\]\([^()\n]*\)/g, "$1");
}

/** A markdown heading line ("# Title", "## Section", "## Section ##"); returns level and text. */
export function parseHeading(line: string): { level: number; text: string } | null {
  const t = line.trim();
  let level = 0;
  while (level < t.length && t[level] === "#") level++;
  if (level < 1 || level > 6 || !/\s/.test(t[level] ?? "")) return null;
  let text = t.slice(level).trim();
  // An optional closing run of #s, when set off by a space: "## Section ##".
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end === 0 || /\s/.test(text[end - 1] ?? "")) text = text.slice(0, end).trimEnd();
  return { level, text: stripInlineMarkdown(text) };
}

/** True when the whole line is wrapped in single emphasis: "*Sangsoo Lee*". */
export function isFullyItalic(line: string): boolean {
  const t = line.trim();
  return /^\*[^*].*[^*]\*$/.test(t) || /^_[^_].*[^_]_$/.test(t);
}
