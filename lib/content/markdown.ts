/** Removes inline markdown (emphasis, escapes, links) while keeping the words. */
export function stripInlineMarkdown(s: string): string {
  return s
    .replace(/\\([\\`*_{}\[\]()#+\-.!$])/g, "$1") // "\$10" → "$10", "\-" → "-"
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .replace(/(^|[^*\w])\*(?!\s)(.+?)(?<!\s)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^_\w])_(?!\s)(.+?)(?<!\s)_(?!\w)/g, "$1$2")
    .replace(/\[([^\]]+)\]\((?:[^)]+)\)/g, "$1");
}

/** A markdown heading line ("# Title", "## Section"); returns level and text. */
export function parseHeading(line: string): { level: number; text: string } | null {
  const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line.trim());
  if (!m) return null;
  return { level: (m[1] ?? "").length, text: stripInlineMarkdown(m[2] ?? "") };
}

/** True when the whole line is wrapped in single emphasis: "*Sangsoo Lee*". */
export function isFullyItalic(line: string): boolean {
  const t = line.trim();
  return /^\*[^*].*[^*]\*$/.test(t) || /^_[^_].*[^_]_$/.test(t);
}
