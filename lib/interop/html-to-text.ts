/** Plain text of an Anki field plus the media it referenced (which Briefdeck cannot show yet). */
export type FieldText = { text: string; media: string[] };

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", hellip: "…",
  rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", laquo: "«", raquo: "»", middot: "·", times: "×", deg: "°",
};
const BLOCK_TAGS = new Set(["br", "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "section", "article"]);
const SKIPPED_CONTENT = new Set(["script", "style", "head", "template", "svg", "math"]);
const MEDIA_TAGS = new Set(["img", "audio", "video", "source", "object", "embed", "iframe"]);

function decodeEntity(name: string): string | null {
  if (name.startsWith("#x") || name.startsWith("#X")) {
    const code = parseInt(name.slice(2), 16);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  if (name.startsWith("#")) {
    const code = Number(name.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[name.toLowerCase()] ?? null;
}

/** The value of one attribute in a tag's source, found by a single forward scan (no backtracking regex). */
function attribute(tag: string, name: string): string | null {
  const lower = tag.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    const before = lower[at - 1];
    if (before !== undefined && before !== " " && before !== "\t" && before !== "\n" && before !== "/") continue;
    let i = from;
    while (tag[i] === " ") i++;
    if (tag[i] !== "=") continue;
    i++;
    while (tag[i] === " ") i++;
    const quote = tag[i];
    if (quote === '"' || quote === "'") {
      const end = tag.indexOf(quote, i + 1);
      return end < 0 ? tag.slice(i + 1) : tag.slice(i + 1, end);
    }
    let end = i;
    while (end < tag.length && tag[end] !== " " && tag[end] !== ">") end++;
    return tag.slice(i, end);
  }
}

/** Index just after `</name…>` from `from`, comparing case-insensitively without lowercasing the whole input. */
function skipPast(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const open = html.indexOf("</", at);
    if (open < 0) return html.length;
    if (html.slice(open + 2, open + 2 + name.length).toLowerCase() === name) {
      const end = html.indexOf(">", open);
      return end < 0 ? html.length : end + 1;
    }
    at = open + 2;
  }
}

/**
 * Turns field HTML into text in one left-to-right pass: every step advances the cursor, so the cost is
 * linear in the input whatever it holds (no regex that can backtrack on hostile HTML). Block tags become
 * line breaks, script/style content is dropped, `<img>`/`[sound:…]` are removed and reported as media.
 */
export function htmlToText(html: string): FieldText {
  const media: string[] = [];
  let out = "";
  let i = 0;
  const n = html.length;
  while (i < n) {
    const ch = html[i]!;
    if (ch === "<") {
      if (html.startsWith("<!--", i)) {
        const end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      const close = html.indexOf(">", i + 1);
      if (close < 0) {
        out += html.slice(i).replace(/</g, " "); // an unclosed "<" is text, not a tag
        break;
      }
      const tag = html.slice(i + 1, close);
      let j = tag[0] === "/" ? 1 : 0;
      let name = "";
      while (j < tag.length && /[A-Za-z0-9]/.test(tag[j]!)) name += tag[j++]!;
      name = name.toLowerCase();
      i = close + 1;
      if (!name && (tag[0] === "!" || tag[0] === "?")) continue; // doctype, processing instruction
      if (!name) {
        out += html.slice(i - tag.length - 2, i); // "< 3" or "<>" is literal text
        continue;
      }
      if (tag[0] !== "/" && SKIPPED_CONTENT.has(name)) {
        i = skipPast(html, i, name);
        continue;
      }
      if (MEDIA_TAGS.has(name) && tag[0] !== "/") {
        const src = attribute(tag, "src") ?? attribute(tag, "data");
        if (src) media.push(src);
        continue;
      }
      if (BLOCK_TAGS.has(name)) out += "\n";
      continue;
    }
    if (ch === "&") {
      const semi = html.indexOf(";", i + 1);
      if (semi > i + 1 && semi - i <= 10) {
        const decoded = decodeEntity(html.slice(i + 1, semi));
        if (decoded !== null) {
          out += decoded;
          i = semi + 1;
          continue;
        }
      }
      out += "&";
      i++;
      continue;
    }
    if (ch === "[" && html.startsWith("[sound:", i)) {
      const end = html.indexOf("]", i);
      if (end > 0) {
        media.push(html.slice(i + 7, end));
        i = end + 1;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return { text: normalizeWhitespace(out), media };
}

/** Collapses runs of spaces, keeps single line breaks between blocks, trims. */
export function normalizeWhitespace(text: string): string {
  const lines = text.split("\n").map((line) => line.replace(/[ \t\r\u00a0]+/g, " ").trim());
  const kept: string[] = [];
  for (const line of lines) if (line || (kept.length && kept[kept.length - 1] !== "")) kept.push(line);
  while (kept.length && kept[kept.length - 1] === "") kept.pop();
  return kept.join("\n");
}
